import { html, type Html } from '../html.ts';

/** The head every page starts with: encoding, viewport, the page's Content-Security-Policy, no referrer, both colour schemes. */
export function headMeta(contentSecurityPolicy: string): Html {
  return html`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="news-timeline">
`;
}
