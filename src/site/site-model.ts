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
import { comparePagePlaces, groupOf, periodHref, periodOf, planTimelinePages, type TimelinePagePlan } from './timeline-pages.ts';
import { DEFAULT_SITE_CONFIG, type SiteConfig } from '../load/read-site-config.ts';

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
  /** The site's timeline pages (src/site/timeline-pages.ts): a period on one page, or its contents and its parts. */
  pages: TimelinePageView[];
  events: EventView[];
  documents: DocumentView[];
  undated: UndatedView[];
  diagnostics: DiagnosticView[];
  filters: FilterOptions;
  /** What changed since an older timeline, when the site was built with `--compare-to`; else null. */
  comparison: ComparisonView | null;
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
  /** Where it starts: its heading on its period's page, or on its own first page when the period is cut into parts. */
  href: string;
  events: EventView[];
  changes: ChangeCounts;
}

/** A link to a timeline page, with what a reader sees of it. */
export interface PageLink {
  heading: string;
  href: string;
}

/**
 * A page of the timeline (`years/<slug>.html`): a whole period; or, for a period too large for
 * one page, its contents (the parts, no events) and each part (a month, or a run of a month's events).
 */
export interface TimelinePageView {
  kind: 'whole' | 'contents' | 'part';
  slug: string;
  href: string;
  /** Its h1 and title: "2014", "October 2014", "October 2014, page 2 of 3". */
  heading: string;
  period: PeriodView;
  groups: GroupView[];
  eventCount: number;
  /** The listing pages before and after it in date order (the neighbouring periods, for a contents page). */
  previous: PageLink | null;
  next: PageLink | null;
  /** The pages of its month when the month takes more than one, in order; `current` marks this one. */
  pageNumbers: Array<{ number: number; href: string; current: boolean }>;
  /** On a contents page: each month (or "Sometime in"), its first page and its numbered pages. */
  contents: Array<PageLink & { eventCount: number; changes: ChangeCounts; pages: Array<{ number: number; href: string }> }>;
  filters: FilterOptions;
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

export { comparePagePlaces, periodHref, periodOf } from './timeline-pages.ts';

/**
 * Where the model's links point. The site links pages to pages (site-root URLs, made relative
 * by the URL transform); the single file links inside itself.
 */
export interface SiteLinks {
  document(documentId: string, passageId?: string): string;
  event(event: Pick<TimelineEvent, 'id' | 'date'>): string;
  period(period: { id: string; slug: string }): string;
  /** A group's heading (a month, "Sometime in 2014"), on the page that lists it. */
  group(period: { id: string; slug: string }, group: { id: string; slug: string }): string;
  /** The `id` a passage element gets. */
  passageAnchor(documentId: string, passageId: string): string;
  /** The prefix of a document's mention-note ids (unique on the page). */
  notePrefix(documentId: string): string;
  /** A changed event's entry on the "What changed" page. */
  change(eventId: string): string;
}

/** The site's links, for the pages `plan` cuts the timeline into: an event's permalink is the page that lists it and its stable id. */
export function siteLinks(plan: TimelinePagePlan): SiteLinks {
  const split = new Set(plan.periods.filter((p) => p.parts.length > 0).map((p) => p.slug));
  return {
    document: documentHref,
    event: (event) => `${periodHref(plan.pageOf.get(event.id) ?? periodOf(event.date).slug)}#${encodeURIComponent(event.id)}`,
    period: (period) => periodHref(period.slug),
    group: (period, group) => `${periodHref(split.has(period.slug) ? group.slug : period.slug)}#${group.id}`,
    passageAnchor: (_documentId, passageId) => passageId,
    notePrefix: () => 'site-note-',
    change: (eventId) => `/changes.html#${encodeURIComponent(changeAnchor(eventId))}`,
  };
}

/** The site's links for a timeline's events (siteLinks of its page plan). */
export function timelineSiteLinks(timeline: Pick<Timeline, 'events'>): SiteLinks {
  return siteLinks(planTimelinePages(timeline.events));
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
  };
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
    const { id: periodId, slug, heading: periodHeading } = periodOf(event.date);
    const { id: groupId, slug: groupSlug, heading: groupHeading } = groupOf(event.date);
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
      group = { id: groupId, heading: groupHeading, href: links.group({ id: periodId, slug }, { id: groupId, slug: groupSlug }), events: [], changes: { added: 0, changed: 0 } };
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

const sumChanges = (events: EventView[]): ChangeCounts => ({
  added: events.filter((e) => e.change === 'added').length,
  changed: events.filter((e) => e.change === 'changed').length,
});

/** The timeline's pages as `plan` cuts them: each period whole, or its contents page and its parts, chained in date order. */
function timelinePages(periods: PeriodView[], plan: TimelinePagePlan, titles: Map<string, string>, documentOrder: string[]): TimelinePageView[] {
  const planned = new Map(plan.periods.map((p) => [p.slug, p.parts]));
  const pages: TimelinePageView[] = [];
  const blank = { previous: null, next: null, pageNumbers: [], contents: [] };
  for (const period of periods) {
    const parts = planned.get(period.slug) ?? [];
    if (parts.length === 0) {
      pages.push({ ...blank, kind: 'whole', slug: period.slug, href: period.href, heading: period.heading, period, groups: period.groups, eventCount: period.eventCount, filters: period.filters });
      continue;
    }
    const groups = new Map(period.groups.map((g) => [g.id, g]));
    const partPages = parts.map((part): TimelinePageView => {
      const group = groups.get(part.groupId)!;
      const ids = new Set(part.eventIds);
      const events = group.events.filter((e) => ids.has(e.id));
      return {
        ...blank,
        kind: 'part',
        slug: part.slug,
        href: periodHref(part.slug),
        heading: part.of === 1 ? group.heading : `${group.heading}, page ${part.number} of ${part.of}`,
        period,
        groups: [{ ...group, events, changes: sumChanges(events) }],
        eventCount: events.length,
        filters: filterOptions(events, titles, documentOrder),
      };
    });
    const contents: TimelinePageView['contents'] = [];
    const entries = parts.map((part, i) => {
      if (part.number === 1) {
        const group = groups.get(part.groupId)!;
        contents.push({ heading: group.heading, href: partPages[i]!.href, eventCount: group.events.length, changes: group.changes, pages: [] });
      }
      const entry = contents[contents.length - 1]!;
      if (part.of > 1) entry.pages.push({ number: part.number, href: partPages[i]!.href });
      return entry;
    });
    partPages.forEach((page, i) => {
      page.pageNumbers = entries[i]!.pages.map((p) => ({ ...p, current: p.href === page.href }));
    });
    pages.push({ ...blank, kind: 'contents', slug: period.slug, href: period.href, heading: period.heading, period, groups: [], eventCount: period.eventCount, contents, filters: period.filters }, ...partPages);
  }
  const listing = pages.filter((p) => p.kind !== 'contents');
  listing.forEach((page, i) => {
    const before = listing[i - 1];
    const after = listing[i + 1];
    page.previous = before ? { heading: before.heading, href: before.href } : null;
    page.next = after ? { heading: after.heading, href: after.href } : null;
  });
  for (const page of pages) {
    if (page.kind !== 'contents') continue;
    page.previous = page.period.previous;
    page.next = page.period.next;
  }
  return pages;
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
  const plan = planTimelinePages(timeline.events);
  const { config = DEFAULT_SITE_CONFIG, links = siteLinks(plan), compareTo } = options;
  const title = options.title ?? config.title;
  const comparison = compareTo === undefined ? null : comparisonView(compareTo, timeline, links);
  const marks = compareTo === undefined ? new Map<string, ChangeMark>() : changeMarks(compareTo.diff);
  const docs = [...timeline.documents].sort((a, b) => byText(a.published ?? '9999', b.published ?? '9999') || byText(a.id, b.id));
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  const sortedEvents = [...timeline.events].sort(comparePagePlaces);
  const byId = new Map(timeline.events.map((e) => [e.id, e]));
  const documentsById = new Map(timeline.documents.map((d) => [d.id, d]));
  const events = sortedEvents.map((e) => eventView(e, titles, documentsById, links, marks, byId));
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
  const periodViews = periods(listed, links, titles, docs.map((d) => d.id));
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
    periods: periodViews,
    pages: timelinePages(periodViews, plan, titles, docs.map((d) => d.id)),
    events,
    documents: docs.map((d) => documentView(d, byDocument.get(d.id) ?? [], undated.filter((u) => u.documentId === d.id).length, links)),
    undated,
    diagnostics,
    filters: filterOptions(events, titles, docs.map((d) => d.id)),
    comparison,
  };
}
