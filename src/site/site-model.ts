import { textFragmentUrl } from './text-fragment.ts';
import type {
  Diagnostic,
  EventSource,
  FactualityStatus,
  PassageKind,
  PublishedFrom,
  ResolvedDate,
  Span,
  Timeline,
  TimelineDocument,
  TimelineEvent,
} from '../types.ts';
import { documentBlocks, nonOverlappingMentions, segmentSpan, type TextBlock, type TextSegment } from './document-text.ts';
import { formatResolvedDate, formatTimexValue, relationLabel, type DateLabel } from './format-date.ts';
import { STATUS_ORDER, STATUS_WORDS } from './status-words.ts';
import { comparisonView, changeAnchor, type CompareTo, type ComparisonView } from './comparison-view.ts';
import { changeMarks, type ChangeMark } from '../diff/change-marks.ts';
import { GRANULARITY_RANK } from '../dates/granularity.ts';
import { DEFAULT_SITE_CONFIG, type SiteConfig } from '../load/read-site-config.ts';
import { frontPageView, type FrontPageView } from './front-page.ts';
import { citeEvent, corpusDate, type EventCitation } from './event-citation.ts';
import { downloadLink } from './download-link.ts';

/**
 * Everything the templates show, computed once from a validated timeline: grouped, sorted,
 * labelled and linked. Templates only present it. Links are site-root URLs
 * (`/documents/a.html#p`); the URL transform makes them relative to each page.
 */
export interface SiteModel {
  title: string;
  /** The configuration (`content/_timeline.yml`): description, language, base URL, publisher. */
  config: SiteConfig;
  figures: Figures;
  periods: PeriodView[];
  events: EventView[];
  documents: DocumentView[];
  undated: UndatedView[];
  diagnostics: DiagnosticView[];
  filters: FilterOptions;
  /** What changed since an older timeline, when the site was built with `--compare-to`; else null. */
  comparison: ComparisonView | null;
  /** The front page's overview, key events and plans. */
  front: FrontPageView;
}

/** How many of a list's events are new or changed since the compared timeline (zeros without a comparison). */
export interface ChangeCounts {
  added: number;
  changed: number;
}

export interface Figures {
  events: number;
  /** Events reported as having happened (status `happened`); the others are planned, expected, possible, ongoing or denied. */
  happened: number;
  documents: number;
  undated: number;
  sources: number;
  diagnostics: Record<Diagnostic['severity'], number>;
}

/**
 * A year (or a decade or century for events known only that coarsely): a page of its own
 * (`/years/2014.html`), so a timeline of any size opens fast, and an event's permalink
 * depends on its own date only.
 */
export interface PeriodView {
  id: string;
  heading: string;
  /** The page's file name without `.html`: `2014`, `1990s`, `20th-century`. */
  slug: string;
  href: string;
  eventCount: number;
  changes: ChangeCounts;
  groups: GroupView[];
  /** The periods before and after it, for the page's own navigation. */
  previous: { heading: string; href: string } | null;
  next: { heading: string; href: string } | null;
  /** The filter choices its own events offer. */
  filters: FilterOptions;
}

/** A month of a year, or "Sometime in 2014" for events known only to the year, season, quarter or half. */
export interface GroupView {
  id: string;
  heading: string;
  /** The month (`09`), or null for the events known only to the year or more coarsely. */
  month: string | null;
  events: EventView[];
  changes: ChangeCounts;
}

export interface EventView {
  id: string;
  href: string;
  date: DateLabel;
  /** What its sources say of it (src/events/read-factuality.ts), with its badge word and sentence. */
  status: FactualityStatus;
  statusLabel: string;
  statusSentence: string;
  /** "Since", "Before" ... or null when the date stands alone. */
  relation: string | null;
  headline: string;
  /** Any source hedges it. */
  hedged: boolean;
  hedges: string[];
  /** Number of distinct source documents, when more than one. */
  corroboration: number | null;
  /** Who asserts it, across its sources, deduplicated. */
  attributions: string[];
  /** Some source names nobody as asserting it. */
  unattributed: boolean;
  sources: SourceView[];
  /** For the filters: the calendar year the event starts in, and its source documents. */
  year: string;
  documentIds: string[];
  /** New or changed since the compared timeline; null when unchanged or when nothing was compared. */
  change: ChangeMark | null;
  /** Its entry on the "What changed" page, for a changed event. */
  changeHref: string | null;
  /** Events that report the same happening at a date that does not agree with this one. */
  conflicts: Array<{ href: string; date: DateLabel }>;
  /** "Cite this event": its source articles and passages in plain text, BibTeX and CSL-JSON. */
  citation: EventCitation;
}

export interface SourceView {
  documentId: string;
  documentTitle: string;
  /** Link to the source passage. */
  href: string;
  /** Who asserts it, or null when the source names nobody. */
  attribution: string | null;
  hedged: boolean;
  hedge: string | null;
  statement: string;
  /** What this source says of the event, and the words that say it ("will", "did not"). */
  statusLabel: string;
  statusCues: string[];
  /** The article's publisher, publication date and original address, when known. */
  publisher: string | null;
  published: DateLabel | null;
  url: string | null;
}

export interface PassageView {
  /** Null for page chrome that is not a passage of its own. */
  id: string | null;
  /** The element's `id` on the page: the passage id on a source page, prefixed in the single file. */
  anchor: string | null;
  kind: PassageKind | 'chrome';
  segments: TextSegment[];
  embedAuthor: string | null;
  /** Back-links: the events this passage is a source of. */
  events: Array<{ href: string; headline: string; date: DateLabel }>;
  /** The passage in the original article (its `url` with a text fragment), for passages that events come from. */
  originalHref: string | null;
}

export interface DocumentView {
  id: string;
  href: string;
  title: string;
  path: string;
  published: DateLabel | null;
  publishedFrom: string;
  publisher: string | null;
  author: string | null;
  mode: string;
  /** The original URL when it is an http(s) URL that can be linked. */
  url: string | null;
  /** An original URL that is not linked (not http or https), shown as text. */
  unlinkedUrl: string | null;
  blocks: Array<TextBlock<PassageView>>;
  eventCount: number;
  undatedCount: number;
}

export interface UndatedView {
  documentId: string;
  documentTitle: string;
  documentPath: string;
  href: string;
  mention: string;
  value: string;
  type: string;
  reason: string;
  advice: string;
}

export interface DiagnosticView {
  severity: Diagnostic['severity'];
  code: string;
  location: string;
  message: string;
  documentHref: string | null;
}

export interface FilterOptions {
  documents: Array<{ id: string; title: string }>;
  attributions: string[];
  years: string[];
  /** The statuses the listed events have, in the order of STATUS_ORDER, with their badge words. */
  statuses: Array<{ value: FactualityStatus; label: string }>;
}

const PUBLISHED_FROM: Record<Exclude<PublishedFrom, null>, string> = {
  'front-matter': 'from the front matter',
  text: 'read from the article text',
};

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const distinctSorted = (values: Iterable<string>): string[] => [...new Set(values)].sort(byText);

export function documentHref(documentId: string, passageId?: string): string {
  return `/documents/${encodeURIComponent(documentId)}.html${passageId === undefined ? '' : `#${encodeURIComponent(passageId)}`}`;
}

/** The period an event is listed under: its year, or its decade or century when it is known only that coarsely. */
export function periodOf(date: ResolvedDate): { id: string; slug: string; heading: string } {
  const year = date.start.slice(0, 4);
  if (GRANULARITY_RANK[date.granularity] > GRANULARITY_RANK.decade) return { id: `site-year-${year}`, slug: year, heading: year };
  const label = formatResolvedDate(date).label;
  return { id: `site-${date.granularity}-${date.start}`, slug: label.toLowerCase().replace(/[^a-z0-9]+/g, '-'), heading: label };
}

export function periodHref(slug: string): string {
  return `/years/${encodeURIComponent(slug)}.html`;
}

/** An event's permalink: on the page of its period, which only its own date decides, anchored by its stable id. */
export function eventHref(event: Pick<TimelineEvent, 'id' | 'date'>): string {
  return `${periodHref(periodOf(event.date).slug)}#${encodeURIComponent(event.id)}`;
}

/**
 * Where the model's links point. The site links pages to pages (site-root URLs, made relative
 * by the URL transform); the single file links inside itself.
 */
export interface SiteLinks {
  document(documentId: string, passageId?: string): string;
  event(event: Pick<TimelineEvent, 'id' | 'date'>): string;
  period(period: { id: string; slug: string }): string;
  /** The `id` a passage element gets. */
  passageAnchor(documentId: string, passageId: string): string;
  /** The prefix of a document's mention-note ids (unique on the page). */
  notePrefix(documentId: string): string;
  /** A changed event's entry on the "What changed" page. */
  change(eventId: string): string;
}

export const SITE_LINKS: SiteLinks = {
  document: documentHref,
  event: eventHref,
  period: (period) => periodHref(period.slug),
  passageAnchor: (_documentId, passageId) => passageId,
  notePrefix: () => 'site-note-',
  change: (eventId) => `/changes.html#${encodeURIComponent(changeAnchor(eventId))}`,
};

/**
 * How the pages group events, not an order of the data (the downloads keep the one event
 * order of timeline.json, src/timeline/order-events.ts): by the year an event starts in; within a year, events
 * known only to the year (or its half, quarter, season) first, as they head the year; then
 * by start, coarser dates first on the same start (the 1990s before 1990), then by id.
 */
export function comparePagePlaces(a: TimelineEvent, b: TimelineEvent): number {
  const wholeYear = (e: TimelineEvent): number => (GRANULARITY_RANK[e.date.granularity] < GRANULARITY_RANK.month ? 0 : 1);
  return (
    byText(a.date.start.slice(0, 4), b.date.start.slice(0, 4)) ||
    wholeYear(a) - wholeYear(b) ||
    byText(a.date.start, b.date.start) ||
    GRANULARITY_RANK[a.date.granularity] - GRANULARITY_RANK[b.date.granularity] ||
    byText(b.date.end, a.date.end) ||
    byText(a.id, b.id)
  );
}

/** An event's sources by document, then by place in the document. */
export function compareSources(a: EventSource, b: EventSource): number {
  return byText(a.document, b.document) || a.passage.start - b.passage.start || a.statement.start - b.statement.start;
}

function publishedLabel(published: string | null): DateLabel | null {
  return published === null ? null : formatTimexValue(published);
}

/** Only http(s) URLs become links: a `javascript:` or `data:` URL in front matter stays text. */
export function linkableUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function eventView(
  event: TimelineEvent,
  titles: Map<string, string>,
  documents: ReadonlyMap<string, TimelineDocument>,
  links: SiteLinks,
  marks: ReadonlyMap<string, ChangeMark>,
  byId: ReadonlyMap<string, TimelineEvent>,
  cite: CiteContext,
): EventView {
  const sources = [...event.sources]
    .sort(compareSources)
    .map(
      (s): SourceView => ({
        documentId: s.document,
        documentTitle: titles.get(s.document) ?? s.document,
        href: links.document(s.document, s.passage.id),
        attribution: s.attribution,
        hedged: s.hedged,
        hedge: s.hedged ? (s.hedge ?? null) : null,
        statement: s.statement.text,
        statusLabel: STATUS_WORDS[s.status].label,
        statusCues: s.statusCues.map((c) => c.text),
        publisher: documents.get(s.document)?.publisher ?? null,
        published: publishedLabel(documents.get(s.document)?.published ?? null),
        url: linkableUrl(documents.get(s.document)?.url ?? null),
      }),
    );
  const documentIds = distinctSorted(sources.map((s) => s.documentId));
  return {
    id: event.id,
    href: links.event(event),
    date: formatResolvedDate(event.date),
    status: event.status,
    statusLabel: STATUS_WORDS[event.status].label,
    statusSentence: STATUS_WORDS[event.status].sentence,
    relation: relationLabel(event.relation),
    headline: event.headline,
    hedged: sources.some((s) => s.hedged),
    hedges: distinctSorted(sources.flatMap((s) => (s.hedge ? [s.hedge] : []))),
    corroboration: documentIds.length > 1 ? documentIds.length : null,
    attributions: distinctSorted(sources.flatMap((s) => (s.attribution === null ? [] : [s.attribution]))),
    unattributed: sources.some((s) => s.attribution === null),
    sources,
    year: event.date.start.slice(0, 4),
    documentIds,
    change: marks.get(event.id) ?? null,
    changeHref: marks.get(event.id) === 'changed' ? links.change(event.id) : null,
    conflicts: (event.conflicts ?? [])
      .map((id) => byId.get(id))
      .filter((other): other is TimelineEvent => other !== undefined)
      .map((other) => ({ href: links.event(other), date: formatResolvedDate(other.date) })),
    citation: citeEvent(
      [...event.sources].sort(compareSources).map((s) => {
        const doc = documents.get(s.document);
        const url = linkableUrl(doc?.url ?? null);
        return {
          documentId: s.document,
          passageId: s.passage.id,
          title: titles.get(s.document) ?? s.document,
          publisher: doc?.publisher ?? null,
          author: doc?.author ?? null,
          published: doc?.published ?? null,
          url,
          // The published site's own page of the passage (whatever the links of this model), else the passage in the original.
          passageUrl: cite.baseUrl !== null ? downloadLink(documentHref(s.document, s.passage.id), cite.baseUrl) : url === null ? null : textFragmentUrl(url, s.passage.text),
        };
      }),
      cite.accessed,
    ),
  };
}

/** What a citation needs of the whole site: where it is published, and the day the corpus stands at (the "accessed" date). */
interface CiteContext {
  baseUrl: string | null;
  accessed: string | null;
}

/** An event in timeline order, with its view. */
type ListedEvent = { event: TimelineEvent; view: EventView };

/** The filter choices a list of events offers: its articles (in the site's order), who asserts them, their years. */
function filterOptions(events: EventView[], titles: Map<string, string>, documentOrder: string[]): FilterOptions {
  const ids = new Set(events.flatMap((e) => e.documentIds));
  return {
    documents: documentOrder.filter((id) => ids.has(id)).map((id) => ({ id, title: titles.get(id) ?? id })),
    attributions: distinctSorted(events.flatMap((e) => e.attributions)),
    years: distinctSorted(events.map((e) => e.year)),
    statuses: STATUS_ORDER.filter((st) => events.some((e) => e.status === st)).map((value) => ({ value, label: STATUS_WORDS[value].label })),
  };
}

/** Events grouped for the timeline pages: by year then month; decades and centuries stand as periods of their own. */
function periods(events: ListedEvent[], links: SiteLinks, titles: Map<string, string>, documentOrder: string[]): PeriodView[] {
  const result: PeriodView[] = [];
  for (const { event, view } of events) {
    const rank = GRANULARITY_RANK[event.date.granularity];
    const year = event.date.start.slice(0, 4);
    const { id: periodId, slug, heading: periodHeading } = periodOf(event.date);
    const coarse = rank <= GRANULARITY_RANK.decade;
    const groupId = rank < GRANULARITY_RANK.month ? `${periodId}-whole` : `site-month-${event.date.start.slice(0, 7)}`;
    const groupHeading =
      rank < GRANULARITY_RANK.month
        ? `Sometime in ${coarse ? `the ${view.date.label}` : year}`
        : (formatTimexValue(event.date.start.slice(0, 7))?.label ?? event.date.start.slice(0, 7));
    // Sorted by comparePagePlaces, a period or group once left never comes back.
    let period = result[result.length - 1];
    if (period?.id !== periodId) {
      period = {
        id: periodId,
        heading: periodHeading,
        slug,
        href: links.period({ id: periodId, slug }),
        eventCount: 0,
        changes: { added: 0, changed: 0 },
        groups: [],
        // Known once every period is: set below.
        previous: null,
        next: null,
        filters: { documents: [], attributions: [], years: [], statuses: [] },
      };
      result.push(period);
    }
    let group = period.groups[period.groups.length - 1];
    if (group?.id !== groupId) {
      group = { id: groupId, heading: groupHeading, month: rank < GRANULARITY_RANK.month ? null : event.date.start.slice(5, 7), events: [], changes: { added: 0, changed: 0 } };
      period.groups.push(group);
    }
    group.events.push(view);
    period.eventCount += 1;
    if (view.change !== null) {
      group.changes[view.change] += 1;
      period.changes[view.change] += 1;
    }
  }
  result.forEach((period, i) => {
    const before = result[i - 1];
    const after = result[i + 1];
    period.previous = before ? { heading: before.heading, href: before.href } : null;
    period.next = after ? { heading: after.heading, href: after.href } : null;
    period.filters = filterOptions(period.groups.flatMap((g) => g.events), titles, documentOrder);
  });
  return result;
}

function documentView(doc: TimelineDocument, listed: ListedEvent[], undatedCount: number, links: SiteLinks): DocumentView {
  const url = linkableUrl(doc.url);
  const mentions = nonOverlappingMentions(doc.mentions);
  const backLinks = new Map<string, PassageView['events']>();
  const statements = new Map<string, Span[]>();
  listed.forEach(({ event, view }) => {
    const sources = event.sources.filter((s) => s.document === doc.id);
    for (const passageId of distinctSorted(sources.map((s) => s.passage.id))) {
      const list = backLinks.get(passageId) ?? [];
      list.push({ href: view.href, headline: view.headline, date: view.date });
      backLinks.set(passageId, list);
    }
    for (const source of sources) statements.set(source.passage.id, [...(statements.get(source.passage.id) ?? []), source.statement]);
  });
  const passageView = ({ passage, span }: { passage: TimelineDocument['passages'][number] | null; span: { start: number; end: number; text: string } }): PassageView => ({
    id: passage?.id ?? null,
    anchor: passage ? links.passageAnchor(doc.id, passage.id) : null,
    kind: passage?.kind ?? 'chrome',
    segments: segmentSpan(doc.text, span, mentions, links.notePrefix(doc.id), (passage && statements.get(passage.id)) ?? []),
    embedAuthor: passage?.embedAuthor ?? null,
    events: (passage && backLinks.get(passage.id)) ?? [],
    originalHref: url !== null && passage && backLinks.has(passage.id) ? textFragmentUrl(url, passage.text) : null,
  });
  return {
    id: doc.id,
    href: links.document(doc.id),
    title: doc.title,
    path: doc.path,
    published: doc.published === null ? null : formatTimexValue(doc.published),
    publishedFrom: doc.publishedFrom === null ? 'unknown' : PUBLISHED_FROM[doc.publishedFrom],
    publisher: doc.publisher,
    author: doc.author,
    mode: doc.mode,
    url,
    unlinkedUrl: url === null ? doc.url : null,
    blocks: documentBlocks(doc).map((block) =>
      block.kind === 'passage' ? { kind: 'passage', passage: passageView(block.passage) } : { kind: 'chrome', items: block.items.map(passageView) },
    ),
    eventCount: listed.length,
    undatedCount,
  };
}

function undatedAdvice(doc: TimelineDocument): string {
  if (doc.published === null) {
    return `Add "published: YYYY-MM-DD" to the front matter of ${doc.path}, so that dates relative to the day of publication can be anchored.`;
  }
  if (doc.mode === 'narrative') {
    return `Name the date the expression counts from in the text, or add "mode: news" to the front matter of ${doc.path} to read it against the publication date.`;
  }
  return `Make the date explicit in ${doc.path} (for example, add the year), or leave it out of the timeline.`;
}

export interface SiteModelOptions {
  /** The site's configuration; its title unless `title` is given. */
  config?: SiteConfig;
  title?: string;
  links?: SiteLinks;
  /** The timeline compared with (`--compare-to`): marks new and changed events, and fills `comparison`. */
  compareTo?: CompareTo;
}

export function buildSiteModel(timeline: Timeline, options: SiteModelOptions = {}): SiteModel {
  const { config = DEFAULT_SITE_CONFIG, links = SITE_LINKS, compareTo } = options;
  const title = options.title ?? config.title;
  const comparison = compareTo === undefined ? null : comparisonView(compareTo, timeline, links);
  const marks = compareTo === undefined ? new Map<string, ChangeMark>() : changeMarks(compareTo.diff);
  const docs = [...timeline.documents].sort((a, b) => byText(a.published ?? '9999', b.published ?? '9999') || byText(a.id, b.id));
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  const sortedEvents = [...timeline.events].sort(comparePagePlaces);
  const byId = new Map(timeline.events.map((e) => [e.id, e]));
  const documentsById = new Map(timeline.documents.map((d) => [d.id, d]));
  const cite: CiteContext = { baseUrl: config.baseUrl, accessed: corpusDate(timeline.documents.map((d) => d.published)) };
  const events = sortedEvents.map((e) => eventView(e, titles, documentsById, links, marks, byId, cite));
  const listed = sortedEvents.map((event, i): ListedEvent => ({ event, view: events[i]! }));
  const byDocument = new Map<string, ListedEvent[]>();
  for (const item of listed) {
    for (const id of item.view.documentIds) {
      const list = byDocument.get(id);
      if (list) list.push(item);
      else byDocument.set(id, [item]);
    }
  }
  const undated = [...timeline.undated]
    .sort((a, b) => byText(a.document, b.document) || a.mention.start - b.mention.start)
    .map((u): UndatedView => {
      const doc = timeline.documents.find((d) => d.id === u.document)!;
      return {
        documentId: doc.id,
        documentTitle: doc.title,
        documentPath: doc.path,
        href: links.document(doc.id, u.passage.id),
        mention: u.mention.text,
        value: u.mention.value,
        type: u.mention.type,
        reason: u.reason,
        advice: undatedAdvice(doc),
      };
    });
  const paths = new Map(docs.map((d) => [d.path, d.id]));
  const diagnostics = [...timeline.diagnostics]
    .sort((a, b) => byText(a.document, b.document) || a.line - b.line || a.column - b.column || byText(a.code, b.code) || byText(a.message, b.message))
    .map(
      (d): DiagnosticView => ({
        severity: d.severity,
        code: d.code,
        location: `${d.document}:${d.line}:${d.column}`,
        message: d.message,
        documentHref: paths.has(d.document) ? links.document(paths.get(d.document)!) : null,
      }),
    );
  const sitePeriods = periods(listed, links, titles, docs.map((d) => d.id));
  const severities = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) severities[d.severity] += 1;
  return {
    title,
    config,
    figures: {
      events: events.length,
      happened: events.filter((e) => e.status === 'happened').length,
      documents: docs.length,
      undated: undated.length,
      sources: events.reduce((n, e) => n + e.sources.length, 0),
      diagnostics: severities,
    },
    periods: sitePeriods,
    events,
    documents: docs.map((d) => documentView(d, byDocument.get(d.id) ?? [], undated.filter((u) => u.documentId === d.id).length, links)),
    undated,
    diagnostics,
    filters: filterOptions(events, titles, docs.map((d) => d.id)),
    comparison,
    front: frontPageView(events, sitePeriods, config.keyEvents),
  };
}
