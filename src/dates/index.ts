export { tagDates, paragraphSpans, type TagContext, type TagSpan } from './tag-dates.ts';
export { dateInterval } from './timex-interval.ts';
export { chooseMode } from './choose-mode.ts';
export { tagDocument, type TaggedDocument } from './tag-document.ts';
