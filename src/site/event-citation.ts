import { formatTimexValue } from './format-date.ts';

/**
 * "Cite this event": the articles an event was read from, as a reader would cite them, in
 * plain text, BibTeX (biblatex `@online` entries) and CSL-JSON (what Zotero, Pandoc and
 * citeproc read). Pure: the same event and corpus always give the same text.
 */

/** One source article of an event, with the passage the event was read from. */
export interface CitedSource {
  documentId: string;
  passageId: string;
  title: string;
  publisher: string | null;
  author: string | null;
  /** The article's publication date, a TIMEX value (`2014-10-14`, `2014-10`), or null. */
  published: string | null;
  /** The original article, an http(s) URL, or null. */
  url: string | null;
  /**
   * A link to the passage itself: on the published site (absolute, under the base URL) when
   * one is configured, else in the original article (with a text fragment), else null.
   */
  passageUrl: string | null;
}

export interface EventCitation {
  /** One line per source article. */
  plain: string[];
  bibtex: string;
  cslJson: string;
}

/**
 * The day a corpus stands at, used as the "accessed" date of its citations: the newest
 * publication day of its articles. A build never reads the clock, so the same corpus cites
 * the same day; null when no article has a publication day.
 */
export function corpusDate(published: ReadonlyArray<string | null>): string | null {
  const days = published.filter((p): p is string => p !== null && /^\d{4}-\d{2}-\d{2}$/u.test(p)).sort();
  return days.at(-1) ?? null;
}

/** CSL date parts of a TIMEX day, month or year: `[[2014, 10, 14]]`. */
function dateParts(value: string): { 'date-parts': number[][] } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  if (!match) return null;
  return { 'date-parts': [match.slice(1).filter((p): p is string => p !== undefined).map(Number)] };
}

function dayLabel(value: string): string {
  return formatTimexValue(value)?.label ?? value;
}

function plainText(source: CitedSource, accessed: string | null): string {
  const parts = [
    source.author === null ? null : `${source.author}.`,
    `“${source.title}.”`,
    [source.publisher, source.published === null ? null : dayLabel(source.published)].filter((p) => p !== null).join(', ') || null,
  ].filter((p) => p !== null);
  const sentence = (text: string): string => (/[.”]$/u.test(text) ? text : `${text}.`);
  let line = sentence(parts.join(' '));
  if (source.url !== null) line += ` ${sentence(source.url)}`;
  if (source.passageUrl !== null && source.passageUrl !== source.url) line += ` Passage: ${sentence(source.passageUrl)}`;
  // "Accessed" dates an address; an article without one has none to date.
  if (accessed !== null && (source.url !== null || source.passageUrl !== null)) line += ` Accessed ${dayLabel(accessed)}.`;
  return line;
}

/** TeX's special characters in a field's text, so any title is safe inside braces. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/gu, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`,
  );
}

/** A URL in a verbatim field: only braces could break the entry. */
function bibtexUrl(url: string): string {
  return url.replace(/\{/gu, '%7B').replace(/\}/gu, '%7D');
}

/** The entry key: the document and passage ids, kept to characters every BibTeX tool accepts. */
export function bibtexKey(source: Pick<CitedSource, 'documentId' | 'passageId'>): string {
  return `${source.documentId}:${source.passageId}`.replace(/[^A-Za-z0-9:_-]/gu, '-');
}

function bibtexEntry(source: CitedSource, accessed: string | null): string {
  const fields: Array<[string, string]> = [['title', `{${escapeBibtex(source.title)}}`]];
  if (source.author !== null) fields.push(['author', `{{${escapeBibtex(source.author)}}}`]);
  if (source.publisher !== null) fields.push(['organization', `{${escapeBibtex(source.publisher)}}`]);
  if (source.published !== null && dateParts(source.published) !== null) fields.push(['date', `{${source.published}}`]);
  if (source.url !== null) fields.push(['url', `{${bibtexUrl(source.url)}}`]);
  if (accessed !== null && source.url !== null) fields.push(['urldate', `{${accessed}}`]);
  // Inside another field, \url needs its % and # escaped (the url package's rule for arguments).
  if (source.passageUrl !== null && source.passageUrl !== source.url) fields.push(['note', `{Passage: \\url{${bibtexUrl(source.passageUrl).replace(/[%#]/gu, '\\$&')}}}`]);
  return `@online{${bibtexKey(source)},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}`;
}

function cslItem(source: CitedSource, accessed: string | null): Record<string, unknown> {
  const issued = source.published === null ? null : dateParts(source.published);
  const accessedParts = accessed === null || (source.url === null && source.passageUrl === null) ? null : dateParts(accessed);
  return {
    id: bibtexKey(source),
    type: 'article-newspaper',
    title: source.title,
    ...(source.author === null ? {} : { author: [{ literal: source.author }] }),
    ...(source.publisher === null ? {} : { 'container-title': source.publisher, publisher: source.publisher }),
    ...(issued === null ? {} : { issued }),
    ...(source.url === null ? {} : { URL: source.url }),
    ...(accessedParts === null ? {} : { accessed: accessedParts }),
    ...(source.passageUrl === null || source.passageUrl === source.url ? {} : { note: `Passage: ${source.passageUrl}` }),
  };
}

/** CSL-JSON with a field a line, each value on its line (the date parts stay `[[2014, 10, 14]]`, as people write them). */
function cslJson(items: Array<Record<string, unknown>>): string {
  const item = (fields: Record<string, unknown>): string =>
    `  {\n${Object.entries(fields).map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(',\n')}\n  }`;
  return `[\n${items.map(item).join(',\n')}\n]`;
}

/** The citation of an event's source articles, one entry per passage in the order given. */
export function citeEvent(cited: CitedSource[], accessed: string | null): EventCitation {
  // Two statements of one passage are one citation.
  const sources = [...new Map(cited.map((s) => [bibtexKey(s), s])).values()];
  return {
    plain: sources.map((s) => plainText(s, accessed)),
    bibtex: sources.map((s) => bibtexEntry(s, accessed)).join('\n\n'),
    cslJson: cslJson(sources.map((s) => cslItem(s, accessed))),
  };
}
