import type { InlineSegment, TextSegment } from '../document-text.ts';
import { html, type Html } from '../html.ts';
import type { PassageView } from '../site-views.ts';
import { dateLabel } from './event-parts.ts';

/** The text between mentions as escaped text, each date mention marked with what it resolved to. */
function inline(list: InlineSegment[]): Html {
  return html`${list.map((s) => {
    if (s.kind === 'text') return s.text;
    const note = html`<span class="mention-note" role="tooltip" id="${s.noteId}">${s.note}</span>`;
    return s.datetime === null
      ? html`<mark class="mention${s.resolved ? '' : ' mention-unresolved'}" tabindex="0" aria-describedby="${s.noteId}">${s.text}${note}</mark>`
      : html`<time class="mention" datetime="${s.datetime}" tabindex="0" aria-describedby="${s.noteId}">${s.text}${note}</time>`;
  })}`;
}

/** A passage's text; the statements events were read from are marked, to stand out when the passage is reached by its link. */
function segments(list: TextSegment[]): Html {
  return html`${list.map((s) => (s.kind === 'statement' ? html`<span class="statement">${inline(s.segments)}</span>` : inline([s])))}`;
}

function backLinks(passage: PassageView): Html {
  if (passage.events.length === 0) return html``;
  const original = passage.originalHref === null ? '' : html`<li class="passage-original"><a href="${passage.originalHref}" rel="external noopener noreferrer">This passage in the original article</a></li>
`;
  return html`<ul class="passage-events" aria-label="In the timeline">
${passage.events.map((e) => html`<li><a href="${e.href}">${dateLabel(e.date)}: ${e.headline}</a></li>
`)}${original}</ul>
`;
}

function passageText(passage: PassageView): Html {
  const text = segments(passage.segments);
  switch (passage.kind) {
    case 'heading':
      return html`<h3 class="passage-text">${text}</h3>`;
    case 'embed':
      return html`<figure class="embed"><blockquote class="passage-text">${text}</blockquote>${
        passage.embedAuthor === null ? '' : html`<figcaption>Embedded post by ${passage.embedAuthor}</figcaption>`
      }</figure>`;
    default:
      return html`<p class="passage-text">${text}</p>`;
  }
}

export function passageBlock(passage: PassageView): Html {
  return html`<div class="passage passage-${passage.kind}"${passage.anchor === null ? '' : html` id="${passage.anchor}"`}>
${passageText(passage)}
${backLinks(passage)}</div>
`;
}
