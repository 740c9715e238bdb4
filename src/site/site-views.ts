import type { Diagnostic, FactualityStatus, PassageKind, TimelineDocument } from '../types.ts';
import type { TextBlock, TextSegment } from './document-text.ts';
import type { DateLabel } from './format-date.ts';
import type { ComparisonView } from './comparison-view.ts';
import type { ChangePageView } from './change-pages.ts';
import type { ChangeMark } from '../diff/change-marks.ts';
import type { SiteConfig } from '../load/read-site-config.ts';
import type { FrontPageView } from './front-page.ts';
import type { CitedSource } from './event-citation.ts';
import type { ListPageView } from './list-pages.ts';

/**
 * Everything the templates show, computed once from a validated timeline (an article page's
 * text when it is rendered: `documentPage`): grouped, sorted, labelled and linked. Templates
 * only present it. Links are site-root URLs
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
  /** The articles, in the corpus's order; a page's view is made by `documentPage` when it is rendered. */
  documents: DocumentSummary[];
  /**
   * The view of an article's page (its text cut into passages and segments), made when asked
   * and not kept: the views of a whole corpus are more memory than the timeline they come from
   * (at 10,000 articles), and a page needs only its own.
   */
  documentPage: (doc: DocumentSummary) => DocumentView;
  /** Everything `documentPage` makes an article's page view from besides the summary (its key is a hash of them: src/site/page-keys.ts), without making the view. */
  documentPageInputs: (doc: DocumentSummary) => DocumentPageInputs;
  undated: UndatedView[];
  /** The undated expressions on numbered pages (src/site/list-pages.ts), and the page of each article's first one, by article id. */
  undatedPages: Array<ListPageView<UndatedView>>;
  undatedPageOf: Record<string, string>;
  /** `about.html`, and for a corpus too large for it, the pages of its articles and build messages. */
  aboutPages: AboutPageView[];
  diagnostics: DiagnosticView[];
  filters: FilterOptions;
  /** What changed since an older timeline, when the site was built with `--compare-to`; else null. */
  comparison: ComparisonView | null;
  /** The pages of "What changed" (src/site/change-pages.ts): `changes.html` whole, or a summary and list pages; none without a comparison. */
  changePages: ChangePageView[];
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
 * (`/years/2014.html`), or, when its events are too many for one page, cut into parts
 * (TimelinePageView).
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
  /**
   * What "Cite this event" is made from: its source articles and passages, and the day the
   * corpus stands at. Its plain text, BibTeX and CSL-JSON are made when the event is rendered
   * (`eventCitation`), not kept: they were half the site model's memory.
   */
  cited: { sources: CitedSource[]; accessed: string | null };
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

/** What the site shows of an article outside its own page (the corpus lists, the page's header). */
export interface DocumentSummary {
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
  eventCount: number;
  undatedCount: number;
}

/** What an article's page view is made from besides its summary: the document, and of each event it is a source of, the back-link and the document's own statements of it. */
export interface DocumentPageInputs {
  document: TimelineDocument;
  events: Array<{ href: string; headline: string; date: DateLabel; sources: Array<{ passage: string; statement: [start: number, end: number] }> }>;
}

/** An article's own page: its summary and its whole text, cut into passages and segments. */
export interface DocumentView extends DocumentSummary {
  blocks: Array<TextBlock<PassageView>>;
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

export type AboutPageView =
  | { kind: 'about'; href: string; title: string; whole: boolean; articlePages: number; messagePages: number }
  | { kind: 'articles'; href: string; title: string; page: ListPageView<DocumentSummary> }
  | { kind: 'messages'; href: string; title: string; page: ListPageView<DiagnosticView> };

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
