import type { PublishedFrom, TimelineDocument } from '../types.ts';

/** Where an article's publication date came from, as the document page says it. */
export const PUBLISHED_FROM: Record<Exclude<PublishedFrom, null>, string> = {
  'front-matter': 'from the front matter',
  text: 'read from the article text',
};

/** What the author of an article can do so that its undated expressions get a date. */
export function undatedAdvice(doc: TimelineDocument): string {
  if (doc.published === null) {
    return `Add "published: YYYY-MM-DD" to the front matter of ${doc.path}, so that dates relative to the day of publication can be anchored.`;
  }
  if (doc.mode === 'narrative') {
    return `Name the date the expression counts from in the text, or add "mode: news" to the front matter of ${doc.path} to read it against the publication date.`;
  }
  return `Make the date explicit in ${doc.path} (for example, add the year), or leave it out of the timeline.`;
}
