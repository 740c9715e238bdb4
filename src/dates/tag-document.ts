/**
 * Tags a whole document as the pipeline does: in the mode given, or else in the mode its dates
 * show (`chooseMode`), one tagging in news mode first to see them.
 */
import type { DateMention, ResolutionMode } from '../types.ts';
import { chooseMode, paragraphReadsAsNarrative } from './choose-mode.ts';
import { tagDates, type TagSpan } from './tag-dates.ts';

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
  const news = mode === 'narrative' ? null : tagDates(text, spans, { dct, mode: 'news' });
  const chosen = mode ?? chooseMode(news ?? [], dct);
  if (chosen === 'news' && news && mode === undefined) {
    // A news document's background paragraphs read as a narrative (`paragraphReadsAsNarrative`).
    const bySpan = spans.map((span) => news.filter((m) => m.start >= span.start && m.end <= span.end));
    const modes = bySpan.map((mentions): ResolutionMode => (paragraphReadsAsNarrative(mentions, dct) ? 'narrative' : 'news'));
    const narrativeSpans = modes.filter((m) => m === 'narrative').length;
    if (narrativeSpans === 0) return { mode: 'news', chosen: true, narrativeSpans, mentions: news };
    const mentions = tagDates(text, spans.map((span, i) => ({ ...span, mode: modes[i] })), { dct, mode: 'news' });
    return { mode: 'news', chosen: true, narrativeSpans, mentions };
  }
  const mentions = chosen === 'news' && news ? news : tagDates(text, spans, { dct, mode: chosen });
  return { mode: chosen, chosen: mode === undefined, narrativeSpans: chosen === 'narrative' ? spans.length : 0, mentions };
}
