import { DateTime } from 'luxon';
import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import type { Diagnostic, FrontMatter } from '../types.ts';
import { diagnosticAt } from '../diagnostics/diagnostic.ts';

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  /** Offset of the first character after the closing `---` line (0 without front matter). */
  bodyStart: number;
  diagnostics: Diagnostic[];
}

const OPENING = /^---[ \t]*(?:\r\n?|\n)/;
// Lines may end in LF, CRLF or a lone CR; `m` alone knows only LF, so the start of a line is spelt out.
const CLOSING = /(?:^|(?<=\r\n|\r|\n))(?:---|\.\.\.)[ \t]*(?:\r\n?|\n|$)/;
const STRING_FIELDS = ['title', 'url', 'publisher', 'author'] as const;
const KNOWN_FIELDS = new Set<string>([...STRING_FIELDS, 'published', 'mode']);

/**
 * Reads optional YAML front matter (`---` ... `---` at the very start of the file).
 * Malformed YAML or invalid values become diagnostics at their place in the file; the body is still read.
 */
export function parseFrontMatter(document: string, text: string): FrontMatterResult {
  const opening = OPENING.exec(text);
  if (!opening) return { frontMatter: {}, bodyStart: 0, diagnostics: [] };
  const yamlStart = opening[0].length;
  const rest = text.slice(yamlStart);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return {
      frontMatter: {},
      bodyStart: 0,
      diagnostics: [diagnosticAt(document, text, 0, 'error', 'unclosed-front-matter',
        'front matter opened with "---" is never closed by a "---" line; the whole file is read as the article')],
    };
  }
  const yamlSource = rest.slice(0, closing.index);
  const bodyStart = yamlStart + closing.index + closing[0].length;
  const diagnostics: Diagnostic[] = [];
  const at = (offsetInYaml: number, severity: Diagnostic['severity'], code: string, message: string) =>
    diagnostics.push(diagnosticAt(document, text, yamlStart + offsetInYaml, severity, code, message));

  // The yaml package breaks lines at LF only: a lone CR becomes LF, one character for one, so offsets hold.
  const doc = parseDocument(yamlSource.replace(/\r(?!\n)/g, '\n'), { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) at(error.pos[0], 'error', 'malformed-front-matter', `malformed front matter: ${firstLine(error.message)}`);
    return { frontMatter: {}, bodyStart, diagnostics };
  }
  if (doc.contents === null) return { frontMatter: {}, bodyStart, diagnostics };
  if (!isMap(doc.contents)) {
    at(0, 'error', 'malformed-front-matter', 'front matter must be a YAML mapping of fields (title, url, published, publisher, author, mode)');
    return { frontMatter: {}, bodyStart, diagnostics };
  }

  const frontMatter: FrontMatter = {};
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const valueNode = pair.value as YamlNode | null;
    const place = (valueNode?.range ?? keyNode?.range ?? [0])[0];
    const value = isScalar(valueNode) ? valueNode.value : undefined;
    if (!KNOWN_FIELDS.has(key)) {
      at(keyNode?.range?.[0] ?? 0, 'info', 'unknown-front-matter-field', `unknown front matter field "${key}" is ignored`);
      continue;
    }
    if (value === null || value === undefined || value === '') {
      if (!isScalar(valueNode) || value === undefined) at(place, 'error', 'invalid-front-matter-field', `"${key}" must be a single value`);
      continue;
    }
    if (key === 'published') {
      // Quoted as written, never as the parsed value: a YAML timestamp would print in the machine's zone and locale.
      const written = yamlSource.slice(valueNode?.range?.[0] ?? 0, valueNode?.range?.[1] ?? 0).trim();
      const published = normalisePublished(value);
      const year = typeof value === 'string' ? Number(/^\s*(\d{4})-/.exec(value)?.[1] ?? NaN) : NaN;
      if (published !== null) frontMatter.published = published;
      else if (year < MIN_YEAR || year > MAX_YEAR) at(place, 'error', 'published-out-of-range', `"published" must be a date from the year ${MIN_YEAR} to ${MAX_YEAR}, not ${JSON.stringify(written)}`);
      else at(place, 'error', 'invalid-published', `"published" must be an ISO date such as 2020-03-04${value instanceof Date ? ' written plainly, without a YAML tag' : ''}, not ${JSON.stringify(written)}`);
    } else if (key === 'mode') {
      if (value === 'news' || value === 'narrative') frontMatter.mode = value;
      else at(place, 'error', 'invalid-mode', `"mode" must be "news" or "narrative", not ${JSON.stringify(String(value))}`);
    } else if (typeof value === 'string' || typeof value === 'number') {
      frontMatter[key as (typeof STRING_FIELDS)[number]] = String(value);
    } else {
      at(place, 'error', 'invalid-front-matter-field', `"${key}" must be text`);
    }
  }
  return { frontMatter, bodyStart, diagnostics };
}

/** The years a publication date may have: outside them, a typo (0000-01-01, 9999-12-31), never a news article. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 2200;

/** `2020-03-04` or an ISO date-time (its calendar date as written): `YYYY-MM-DD`, or null when it is no valid date. */
export function normalisePublished(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) return null;
  const date = DateTime.fromISO(trimmed.slice(0, 10), { zone: 'UTC' });
  return date.isValid && date.year >= MIN_YEAR && date.year <= MAX_YEAR ? date.toISODate() : null;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
