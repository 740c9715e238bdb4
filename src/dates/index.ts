export { tagDates, findDates, resolveDates, paragraphSpans, type FoundDates, type TagContext, type TagSpan } from './tag-dates.ts';
export { dateInterval } from './timex-interval.ts';
export { chooseMode } from './choose-mode.ts';
export { readDayDate, type LineDate } from './read-day-date.ts';
export { tagDocument, type TaggedDocument } from './tag-document.ts';
