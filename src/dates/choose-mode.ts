import { DateTime } from 'luxon';
import { isoDay } from './calendar-format.ts';
import type { DateMention, ResolutionMode } from '../types.ts';
import { dateInterval } from './timex-interval.ts';

/** How far before the publication date the dates of a history text mostly lie; a text that names
 *  many dates (MANY_DATES or more) shows its history with less distance: a recent war's history. */
const HISTORY_YEARS = 2;
const MANY_DATES = 5;
const MANY_DATES_HISTORY_YEARS = 1;

/** Words that speak from the moment of writing: a text that uses them is read against its date.
 *  Not "now" (a story has its own: "Persia now controlled Thrace"), nor "the next year" (the story's). */
const DEICTIC = /(?<!\b(?:the|that)\s+)\b(?:today|tonight|yesterday|tomorrow|ago|currently|(?:this|last|next|past|coming)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/iu;
/** A date before the common era (no interval on the timeline) is as far back as dates go. */
const BEFORE_COMMON_ERA = { end: '0000-12-31' };
/** How many deictic expressions, per absolute date, make a text news. */
const DEICTIC_SHARE = 0.1;

/**
 * Chooses how relative dates are read.
 * Rule: look at the absolute DATE/TIME mentions (the ones that name their date fully).
 * - none: 'news' (nothing to anchor a narrative on);
 * - no DCT but some absolute dates: 'narrative' (the text is its own reference);
 * - with a DCT: 'news' when the text speaks from its date ("today", "last week", "on Friday",
 *   "now": at least one such expression per ten absolute dates) — a news report with
 *   background years stays news; otherwise 'narrative' when more than half of the absolute
 *   dates end more than 2 years before the DCT (history or encyclopedic text), or more than a
 *   year before it in a text of five absolute dates or more, else 'news'.
 */
export function chooseMode(mentions: DateMention[], dct: string | null): ResolutionMode {
  return readsAsNarrative(mentions, dct, DEICTIC_SHARE) ? 'narrative' : 'news';
}

/**
 * Whether a paragraph of a news document reads as a narrative (its background): it has an
 * absolute date, no expression that speaks from the DCT, and its absolute dates lie mostly more
 * than two years before the DCT.
 */
export function paragraphReadsAsNarrative(mentions: DateMention[], dct: string | null): boolean {
  return dct !== null && mentions.filter((m) => m.anchor === 'absolute' && (m.type === 'DATE' || m.type === 'TIME')).length >= 2 && readsAsNarrative(mentions, dct, 0);
}

function readsAsNarrative(mentions: DateMention[], dct: string | null, deicticShare: number): boolean {
  const absolute = mentions
    .filter((m) => m.anchor === 'absolute' && (m.type === 'DATE' || m.type === 'TIME'))
    .map((m) => (/^BC\d/.test(m.value) ? BEFORE_COMMON_ERA : dateInterval(m.value)))
    .filter((d) => d !== null);
  if (absolute.length === 0) return false;
  if (!dct) return true;
  const deictic = mentions.filter((m) => DEICTIC.test(m.text)).length;
  if (deictic > 0 && deictic >= deicticShare * absolute.length) return false;
  const limit = isoDay(DateTime.fromISO(dct.slice(0, 10), { zone: 'UTC' }).minus({ years: absolute.length >= MANY_DATES ? MANY_DATES_HISTORY_YEARS : HISTORY_YEARS }));
  const far = absolute.filter((d) => d.end < limit).length;
  return far * 2 > absolute.length;
}
