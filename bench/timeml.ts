/**
 * Reads a TimeML `.tml` file the way /work/shared/eval/timex_score.py does: the DCT, the TEXT element's
 * plain text (tags removed, entities unescaped) and its gold TIMEX3 with UTF-16 offsets (t0 excluded).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.tml` file below `dir`, in sorted order. */
export function tmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tmlFiles(path));
    else if (name.endsWith('.tml')) out.push(path);
  }
  return out;
}

export interface GoldTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimemlDocument {
  dct: string;
  text: string;
  gold: GoldTimex[];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function unescapeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

export function parseTimeml(raw: string): TimemlDocument {
  const dctMatch = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(raw);
  const dctRaw = dctMatch?.[1] ?? '';
  const dct = /^\d{4}-\d\d-\d\d/.test(dctRaw) ? dctRaw.slice(0, 10) : dctRaw;
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(raw)?.[1] ?? '';
  const parts: string[] = [];
  const gold: GoldTimex[] = [];
  const stack: Array<{ start: number; attrs: Record<string, string> }> = [];
  let pos = 0;
  for (const token of body.split(/(<[^>]+>)/)) {
    if (token.startsWith('<')) {
      if (token.startsWith('<TIMEX3')) {
        const attrs: Record<string, string> = {};
        for (const m of token.matchAll(/(\w+)="([^"]*)"/g)) attrs[m[1]!] = m[2]!;
        if (!token.endsWith('/>')) stack.push({ start: pos, attrs });
      } else if (token.startsWith('</TIMEX3')) {
        const open = stack.pop();
        if (open && open.attrs.tid !== 't0') {
          gold.push({ start: open.start, end: pos, type: open.attrs.type ?? '', value: open.attrs.value ?? '' });
        }
      }
      continue;
    }
    const t = unescapeEntities(token);
    parts.push(t);
    pos += t.length; // JavaScript string length is UTF-16 code units, as the python scorer counts
  }
  return { dct, text: parts.join(''), gold };
}

/** A gold EVENT with the attributes of its (first) MAKEINSTANCE. */
export interface GoldEvent {
  eid: string;
  eiid: string | null;
  start: number;
  end: number;
  cls: string;
  tense: string;
  aspect: string;
  polarity: string;
  modality: string;
}

export interface GoldLink {
  kind: 'TLINK' | 'SLINK';
  relType: string;
  attrs: Record<string, string>;
}

export interface TimemlAnnotations {
  text: string;
  dct: string;
  /** Every TIMEX3 of the TEXT element, by tid (t0 excluded), with its offsets. */
  timexes: Map<string, GoldTimex>;
  events: GoldEvent[];
  links: GoldLink[];
}

function attributesOf(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) attrs[m[1]!] = m[2]!;
  return attrs;
}

/** The TEXT element's plain text (as `parseTimeml`) with its EVENTs, MAKEINSTANCEs, TLINKs and SLINKs. */
export function parseTimemlEvents(raw: string): TimemlAnnotations {
  const { dct, text } = parseTimeml(raw);
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(raw)?.[1] ?? '';
  const timexes = new Map<string, GoldTimex>();
  const spans: Array<{ eid: string; cls: string; start: number; end: number }> = [];
  const stack: Array<{ tag: string; start: number; attrs: Record<string, string> }> = [];
  let pos = 0;
  for (const token of body.split(/(<[^>]+>)/)) {
    if (token.startsWith('</')) {
      const open = stack.pop();
      if (!open) continue;
      if (open.tag === 'EVENT') spans.push({ eid: open.attrs.eid ?? '', cls: open.attrs.class ?? '', start: open.start, end: pos });
      if (open.tag === 'TIMEX3' && open.attrs.tid && open.attrs.tid !== 't0') {
        timexes.set(open.attrs.tid, { start: open.start, end: pos, type: open.attrs.type ?? '', value: open.attrs.value ?? '' });
      }
      continue;
    }
    if (token.startsWith('<')) {
      const tag = /^<(\w+)/.exec(token)?.[1] ?? '';
      if (!token.endsWith('/>')) stack.push({ tag, start: pos, attrs: attributesOf(token) });
      continue;
    }
    pos += unescapeEntities(token).length;
  }
  const instances = new Map<string, Record<string, string>>();
  for (const m of raw.matchAll(/<MAKEINSTANCE[^>]*>/g)) {
    const attrs = attributesOf(m[0]);
    if (attrs.eventID && !instances.has(attrs.eventID)) instances.set(attrs.eventID, attrs);
  }
  const events: GoldEvent[] = spans.map((s) => {
    const i = instances.get(s.eid) ?? {};
    return {
      eid: s.eid,
      eiid: i.eiid ?? null,
      start: s.start,
      end: s.end,
      cls: s.cls,
      tense: i.tense ?? 'NONE',
      aspect: i.aspect ?? 'NONE',
      polarity: i.polarity ?? 'POS',
      modality: (i.modality ?? '').toLowerCase(),
    };
  });
  const links: GoldLink[] = [];
  for (const m of raw.matchAll(/<(TLINK|SLINK)[^>]*>/g)) {
    const attrs = attributesOf(m[0]);
    links.push({ kind: m[1] as 'TLINK' | 'SLINK', relType: attrs.relType ?? '', attrs });
  }
  return { text, dct, timexes, events, links };
}
