import { pagePath } from '../src/site/page-keys.ts';
import { count } from '../src/site/parts/words.ts';
import { articleRow, messageItem } from '../src/site/parts/about-parts.ts';
import { html, type Html } from '../src/site/html.ts';
import { STATUS_ORDER, STATUS_WORDS } from '../src/site/status-words.ts';
import { listPageNav, listPageNumbers } from '../src/site/parts/list-page-parts.ts';
import { listPageHref } from '../src/site/list-pages.ts';
import type { AboutPageView, DiagnosticView, DocumentSummary } from '../src/site/site-views.ts';
import type { PageData } from '../src/site/template-data.ts';

interface AboutPageData extends PageData {
  aboutPage: AboutPageView;
}

export const data = {
  layout: 'base.11ty.ts',
  nav: 'about',
  pagination: { data: 'rendered.aboutPages', size: 1, alias: 'aboutPage' },
  permalink: (data: AboutPageData) => pagePath.about(data.aboutPage),
  eleventyComputed: { title: (data: AboutPageData) => data.aboutPage.title },
};

/** The figures of the corpus, with the opening words. */
function intro(data: AboutPageData): Html {
  const { figures } = data.site;
  return html`<h1>About this timeline</h1>
<p class="lede">This timeline was read automatically from a corpus of news articles. Each event keeps the date at the precision its source gives (a year, a month, a day), names who asserts it, flags hedged claims, and links to the exact passage it comes from.</p>
<section aria-labelledby="site-figures">
<h2 id="site-figures">In figures</h2>
<dl class="figures">
<div><dt>Events</dt><dd>${figures.events}</dd></div>
<div><dt>Source links</dt><dd>${figures.sources}</dd></div>
<div><dt>Articles</dt><dd>${figures.documents}</dd></div>
<div><dt>Undated expressions</dt><dd><a href="/undated.html">${figures.undated}</a></dd></div>
<div><dt>Build messages</dt><dd>${count(figures.diagnostics.error, 'error')}, ${count(figures.diagnostics.warning, 'warning')}, ${count(figures.diagnostics.info, 'note')}</dd></div>
</dl>
</section>
`;
}

/** The table of the corpus's articles (all of them, or one page's). */
function corpusTable(documents: readonly DocumentSummary[]): Html {
  return html`<section aria-labelledby="site-corpus">
<h2 id="site-corpus">The corpus</h2>
<div class="table-scroll" role="region" aria-label="Table of the articles (scrolls sideways on small screens)" tabindex="0">
<table>
<thead><tr><th scope="col">Article</th><th scope="col">Published</th><th scope="col">Date taken</th><th scope="col">Publisher</th><th scope="col">Events</th><th scope="col">Source file</th></tr></thead>
<tbody>
${documents.map(articleRow)}</tbody>
</table>
</div>
</section>
`;
}

/** The build messages (all of them, or one page's). */
function messageList(diagnostics: readonly DiagnosticView[]): Html {
  return html`<section aria-labelledby="site-diagnostics">
<h2 id="site-diagnostics">Build messages</h2>
${
  diagnostics.length === 0
    ? html`<p>The build reported nothing.</p>`
    : html`<ul class="diagnostics">
${diagnostics.map(messageItem)}</ul>
`
}</section>
`;
}

const READING = html`<section aria-labelledby="site-reading">
<h2 id="site-reading">How to read it</h2>
<ul>
<li>A date shows only what the source says: “2014”, “January 2014” or “13 October 2019”. Events known only to the year head their year.</li>
<li>Each event says what its sources say of it, read from the words of the sentence that dates it (“will”, “is expected to”, “may”, “did not”, “denied that”), and, when those say nothing, from its date: what is dated after its article was published is at least not reported as having happened. Only events marked Happened are told as having happened:
<ul class="status-list">
${STATUS_ORDER.map((st) => html`<li><span class="badge badge-status badge-${st}">${STATUS_WORDS[st].label}</span> ${STATUS_WORDS[st].sentence}</li>
`)}</ul>
An event reported by several articles takes the status most of them give; on a tie, the more cautious one.</li>
<li><span class="badge badge-hedged">Hedged</span> marks a claim its source reports with reserve (“allegedly”, “reportedly”).</li>
<li><span class="badge badge-corroborated">2 sources</span> counts the distinct articles that report the same event.</li>
<li>“According to” names who asserts an event: the speaker the sentence reports (“X said”, “according to X”), or else the article’s author or publisher, the voice of the article.</li>
<li>Text the articles carried around them (menus, share buttons) is kept on each article’s page, folded away, and was not read for dates.</li>
</ul>
</section>
`;

/** Where the articles and the build messages of a corpus too large for the about page are listed: their numbered pages. */
function listedElsewhere(what: string, heading: string, id: string, base: string, pages: number, total: string): Html {
  return html`<section aria-labelledby="${id}">
<h2 id="${id}">${heading}</h2>
<p>${total}, too many for this page: listed on ${pages === 1 ? html`<a href="${listPageHref(base, 1)}">a page of their own</a>` : html`pages ${Array.from({ length: pages }, (_, i) => html`${i > 0 ? ' ' : ''}<a href="${listPageHref(base, i + 1)}" aria-label="${what}, page ${i + 1}">${i + 1}</a>`)}`}.</p>
</section>
`;
}

/** The about page (whole, or its figures and reading guide with links to the pages of a large corpus's lists), or one of those pages. */
export function render(data: AboutPageData): string {
  const { site, aboutPage: page } = data;
  if (page.kind === 'articles') {
    return html`<h1>${page.title}</h1>
${listPageNumbers(page.page, 'Pages of the articles')}${corpusTable(page.page.items)}${listPageNav(page.page, 'Other pages of the articles')}<p><a href="/about.html">About this timeline</a></p>
`.value;
  }
  if (page.kind === 'messages') {
    return html`<h1>${page.title}</h1>
${listPageNumbers(page.page, 'Pages of the build messages')}${messageList(page.page.items)}${listPageNav(page.page, 'Other pages of the build messages')}<p><a href="/about.html">About this timeline</a></p>
`.value;
  }
  if (page.whole) return html`${intro(data)}${corpusTable(site.documents)}${messageList(site.diagnostics)}${READING}`.value;
  const messages =
    page.messagePages === 0
      ? messageList([])
      : listedElsewhere('Build messages', 'Build messages', 'site-diagnostics', 'messages', page.messagePages, count(site.diagnostics.length, 'message'));
  return html`${intro(data)}${listedElsewhere('Articles', 'The corpus', 'site-corpus', 'articles', page.articlePages, count(site.documents.length, 'article'))}${messages}${READING}`.value;
}
