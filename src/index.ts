/**
 * The public API (README "Use as a library"): `import { ... } from 'news-timeline'`. Re-exports
 * only; each function lives in its stage module.
 */

/** A content folder to a validated timeline, as `timeline extract` writes it. */
export { buildValidTimeline as buildTimeline } from './build/build-outputs.ts';
export type { AnalyseOptions } from './analyse/analyse-documents.ts';
export { validateTimeline, InvalidTimelineError, type ValidTimeline } from './timeline/validate-timeline.ts';
export { serialiseTimeline } from './timeline/timeline-json.ts';
export { readTimelineInput, type ReadTimeline } from './load/read-timeline-input.ts';

/** What changed between two timelines, as `timeline diff` shows it. */
export { diffTimelines, hasDifferences, type TimelineDiff, type EventChange, type DiffSummary } from './diff/diff-timelines.ts';
export { formatDiff, DIFF_FORMATS, type DiffFormat } from './diff/format-diff.ts';
export { CHANGE_KINDS, KIND_TITLES, type ChangeKind } from './diff/change-kinds.ts';

/** The dates of one text, as `timeline tag` reads a file. */
export { tagText as tagDates, type TaggedDocument } from './dates/tag-document.ts';

/** The site: the Eleventy plugin, or the whole site of `timeline build` written into a folder. */
export { timelineSitePlugin, type TimelineSiteOptions } from './site/eleventy-plugin.ts';
export { buildSite } from './site/build-site.ts';
export { readSiteConfig, type SiteConfig } from './load/read-site-config.ts';
export type { CompareTo } from './site/comparison-view.ts';
export type { SiteModel, EventView, SourceView, PeriodView, GroupView, DocumentView } from './site/site-views.ts';

export type {
  Timeline,
  TimelineEvent,
  TimelineDocument,
  EventSource,
  UndatedMention,
  DateMention,
  ResolvedDate,
  Granularity,
  FactualityStatus,
  DateRelation,
  ResolutionMode,
  Diagnostic,
  Span,
} from './types.ts';
