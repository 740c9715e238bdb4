import { MEDIA_LINK } from '../segment/media-link.ts';

/**
 * A URL that opens the original article scrolled to a passage and highlights it, with a text
 * fragment (https://wicg.github.io/scroll-to-text-fragment/): `#:~:text=start,end` names the
 * passage's first and last few words, so the link stays short and survives small differences
 * in the words between them. Browsers without text fragments simply open the page.
 */
const EDGE_WORDS = 4;

/** Percent-encodes a fragment directive term: `-`, `,` and `&` are syntax there. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/gu, '%2D').replace(/,/gu, '%2C').replace(/&/gu, '%26');
}

export function textFragmentUrl(url: string, passage: string): string {
  const words = passage
    .replace(MEDIA_LINK, '')
    .split(/\s+/u)
    .filter(Boolean);
  const base = url.replace(/#.*$/u, '');
  if (words.length === 0) return base;
  if (words.length <= EDGE_WORDS * 2) return `${base}#:~:text=${encodeTerm(words.join(' '))}`;
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `${base}#:~:text=${encodeTerm(start)},${encodeTerm(end)}`;
}
