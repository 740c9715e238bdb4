/**
 * The data that travels through the pipeline. Every span carries JavaScript string
 * offsets into the whole text of the file it came from (front matter included), so
 * `fileText.slice(span.start, span.end) === span.text` always holds.
 */

/** A piece of a source file, addressed by offsets into the whole file text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** Expected bad input is data, not an exception (see ../shared/STYLE.md, unified/vfile). */
export interface Diagnostic {
  /** The content file's path relative to the content folder (POSIX separators). */
  document: string;
  /** 1-based line and column of the offending place. */
  line: number;
  column: number;
  severity: Severity;
  /** A stable kebab-case code, e.g. `invalid-utf8`, `missing-published`. */
  code: string;
  message: string;
}

/** How the text of an article is read: against its publication date, or against the dates the text itself establishes. */
export type ResolutionMode = 'news' | 'narrative';

export type PublishedFrom = 'front-matter' | 'text' | null;

/** Optional YAML front matter of a content file. */
export interface FrontMatter {
  title?: string;
  url?: string;
  /** ISO date `YYYY-MM-DD`. */
  published?: string;
  publisher?: string;
  author?: string;
  mode?: ResolutionMode;
}

/** A content file as read from disk, before any analysis. */
export interface SourceFile {
  /** Stable id derived from the path (slug of the file name). */
  id: string;
  /** Path relative to the content folder, POSIX separators. */
  path: string;
  /** The whole decoded file text, front matter included. Offsets index into this. */
  text: string;
  /** Offset where the body starts (after the front matter block, if any). */
  bodyStart: number;
  frontMatter: FrontMatter;
}

/** TIMEX3 types (TimeML). */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** The granularity of a date value, coarsest first. */
export type Granularity =
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'day'
  | 'time';

/** Where a mention's value comes from. */
export type DateAnchor =
  /** The expression names its date fully ("13 October 2019", "in 2014"). */
  | 'absolute'
  /** Resolved against the document creation time ("last November", "on Wednesday"). */
  | 'dct'
  /** Resolved against a date the text itself established ("three days later", "in March" after "in 1939"). */
  | 'text';

/** A temporal expression found by the tagger (TIMEX3-like). */
export interface DateMention extends Span {
  type: TimexType;
  /**
   * The TIMEX3 value: `2014`, `2014-01`, `2019-10-13`, `2013-W11`, `2019-Q4`, `2019-SU`,
   * `199` (decade), `19` (century), `P3D`, `PRESENT_REF`, `XXXX-10` ...
   * When the expression needs a reference date that is not known, the value keeps
   * its unknown parts as `X` (e.g. `XXXX-11`, `XXXX-XX-XX`) and `unresolved` says why.
   */
  value: string;
  anchor: DateAnchor;
  /** Set when the mention could not be anchored: a short human reason. */
  unresolved?: string;
  /** Modifier of TIMEX3 (`START`, `MID`, `END`, `APPROX`, `BEFORE`, `AFTER` ...), when any. */
  mod?: string;
}

/** A date as an interval of days, at its true granularity. */
export interface ResolvedDate {
  /** TIMEX3 value. */
  value: string;
  /** First day of the interval, `YYYY-MM-DD`. */
  start: string;
  /** Last day of the interval, `YYYY-MM-DD`. */
  end: string;
  granularity: Granularity;
  /** TIMEX3 modifier the expression carried: `START` ("early October"), `MID` ("mid-2014"), `END`, `APPROX` ... */
  mod?: string;
  /**
   * Set when the date is a period named by two dates ("from 2009 to 2011"): the TIMEX3 value of
   * its last part. `value` and `granularity` are then those of its first part, and `start`..`end`
   * span the whole period.
   */
  rangeEnd?: string;
}

export type PassageKind = 'title' | 'byline' | 'body' | 'heading' | 'embed' | 'chrome';

/** A paragraph-like unit of a document; the thing a source link points at. */
export interface Passage extends Span {
  /** Stable within the document: derived from the passage's own text. */
  id: string;
  kind: PassageKind;
  /** For an embedded post: the account that posted it, e.g. `pyd rojava (@PYD_Rojava)`. */
  embedAuthor?: string;
  /** For an embedded post: the signature line that dates it. */
  embedSignature?: Span;
  /**
   * For an embedded post: its own date, `YYYY-MM-DD`, read from the signature line where the post
   * is found. The post's dates are read against it. Not written to the timeline JSON (the
   * signature's date mention carries it there).
   */
  embedDate?: string;
}

/** How the relation between an event and its date reads ("since 2011" is not "on 2011"). */
export type DateRelation = 'on' | 'in' | 'since' | 'before' | 'after' | 'until' | 'during';

/**
 * What a statement says of its event (README: "Factuality"): it happened, is going on, is
 * planned (scheduled, will, due), expected (forecast, predicted), possible (may, could,
 * would) or denied (did not, denied, failed to, never).
 */
export type FactualityStatus = 'happened' | 'ongoing' | 'planned' | 'expected' | 'possible' | 'denied';

/** One source of an event: the exact passage and the date mention it came from. */
export interface EventSource {
  /** The statement's own stable id (from the document path and the statement), kept when events merge. */
  id?: string;
  /** Document id. */
  document: string;
  /** The passage (paragraph) that holds the statement; `passage.id` is its anchor. */
  passage: Span & { id: string };
  /** The dated statement itself (a sentence or clause inside the passage). */
  statement: Span;
  mention: Span;
  /** Who asserts it; null only when nobody can be named at all. */
  attribution: string | null;
  hedged: boolean;
  /** The hedging cue, when hedged ("allegedly", "reportedly" ...). */
  hedge?: string;
  /** What the statement says of its event at this date (src/events/read-factuality.ts). */
  status: FactualityStatus;
  /** The words that decided `status` ("will", "did not", "plans to"), as spans of the file text; empty for a plain past. */
  statusCues: Span[];
  /** The name the headline gives a subject its own words do not say ("It", "The company", "Revenue"), from the sentence before or the title (src/events/name-subject.ts). */
  subject?: Span;
  /** The date this source gives, when the event's date is another (a finer date from another source). */
  date?: ResolvedDate;
}

export interface TimelineEvent {
  /** Stable: derived from the document path and the statement's own content. */
  id: string;
  date: ResolvedDate;
  relation: DateRelation;
  headline: string;
  /** The event's status, from its sources' statuses (src/timeline/merge-events.ts, `eventStatus`). */
  status: FactualityStatus;
  sources: EventSource[];
  /** How many distinct documents report it. */
  corroboration?: number;
  /** Events that report the same happening at a date that does not agree with this one. */
  conflicts?: string[];
  /** Ids a link to this event may still name (src/timeline/carry-ids.ts): the site's alias map follows them here. */
  formerIds?: string[];
}

export interface UndatedMention {
  document: string;
  mention: Span & { value: string; type: TimexType };
  passage: Span & { id: string };
  reason: string;
}

export interface TimelineDocument {
  id: string;
  path: string;
  title: string;
  published: string | null;
  publishedFrom: PublishedFrom;
  url: string | null;
  publisher: string | null;
  author: string | null;
  mode: ResolutionMode;
  /** The whole file text; passages and mentions index into it. */
  text: string;
  passages: Passage[];
  /** Every date mention the tagger found in the article's passages. */
  mentions: DateMention[];
  /** Spans left out as page chrome (menus, footers, share counts ...). */
  chrome: Span[];
}

export interface Timeline {
  documents: TimelineDocument[];
  events: TimelineEvent[];
  undated: UndatedMention[];
  diagnostics: Diagnostic[];
}
