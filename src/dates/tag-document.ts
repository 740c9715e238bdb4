/**
 * Tags a whole document as the pipeline does: in the mode given, or else in the mode its dates
 * show (`chooseMode`), one tagging in news mode first to see them.
 */
import type { DateMention, ResolutionMode } from '../types.ts';
import { chooseMode } from './choose-mode.ts';
import { tagDates, type TagSpan } from './tag-dates.ts';

export interface TaggedDocument {
  /** The document's mode: given, or chosen from its dates. */
  mode: ResolutionMode;
  /** Whether the mode was chosen from the text rather than given. */
  chosen: boolean;
  mentions: DateMention[];
}

export function tagDocument(text: string, spans: TagSpan[], dct: string | null, mode?: ResolutionMode): TaggedDocument {
  const news = mode === 'narrative' ? null : tagDates(text, spans, { dct, mode: 'news' });
  const chosen = mode ?? chooseMode(news ?? [], dct);
  const mentions = chosen === 'news' && news ? news : tagDates(text, spans, { dct, mode: chosen });
  return { mode: chosen, chosen: mode === undefined, mentions };
}
