/**
 * Tags a whole document as the pipeline does: in the mode given, or else in the mode its dates
 * show (`chooseMode`), read from the news resolution; in a news document, background paragraphs
 * read as a narrative (`paragraphReadsAsNarrative`). The expressions are found once (one chrono
 * pass) and only resolved again when a mode differs.
 */
import type { DateMention, ResolutionMode } from '../types.ts';
import { chooseMode, paragraphReadsAsNarrative } from './choose-mode.ts';
import { findDates, paragraphSpans, resolveDates, type TagSpan } from './tag-dates.ts';
import { spansInside } from '../segment/spans-inside.ts';

export interface TaggedDocument {
  /** The document's mode: given, or chosen from its dates. */
  mode: ResolutionMode;
  /** Whether the mode was chosen from the text rather than given. */
  chosen: boolean;
  /** How many spans were read as a narrative (all of them in a narrative document). */
  narrativeSpans: number;
  mentions: DateMention[];
}

export function tagDocument(text: string, spans: TagSpan[], dct: string | null, mode?: ResolutionMode): TaggedDocument {
  const found = findDates(text, spans);
  if (mode === 'narrative') return { mode, chosen: false, narrativeSpans: spans.length, mentions: resolveDates(found, { dct, mode }) };
  const news = resolveDates(found, { dct, mode: 'news' });
  if (mode === 'news') return { mode, chosen: false, narrativeSpans: 0, mentions: news };
  if (chooseMode(news, dct) === 'narrative') return { mode: 'narrative', chosen: true, narrativeSpans: spans.length, mentions: resolveDates(found, { dct, mode: 'narrative' }) };
  const spanModes = spans.map((span): ResolutionMode => {
    const inSpan = spansInside(news, span); // news is sorted by start (resolveDates)
    return paragraphReadsAsNarrative(inSpan, dct) ? 'narrative' : 'news';
  });
  const narrativeSpans = spanModes.filter((m) => m === 'narrative').length;
  const mentions = narrativeSpans === 0 ? news : resolveDates(found, { dct, mode: 'news', spanModes });
  return { mode: 'news', chosen: true, narrativeSpans, mentions };
}

/**
 * The dates of a plain text, paragraph by paragraph, as `timeline tag` reads a file: against
 * `dct` (the publication date, YYYY-MM-DD, or null), in the mode given or, without one, the
 * mode `timeline build` would choose from its dates.
 */
export function tagText(text: string, options: { dct: string | null; mode?: ResolutionMode }): TaggedDocument {
  return tagDocument(text, paragraphSpans(text), options.dct, options.mode);
}
