import { html, inlineDataParts, inlineElementParts, type Html } from '../html.ts';
import type { DocumentView, PeriodView, SiteModel } from '../site-views.ts';
import { documentAnchor } from '../single-file-links.ts';
import { documentBlocks, documentMeta } from './document-parts.ts';
import { headMeta } from './head-parts.ts';
import { undatedList } from './undated-parts.ts';
import { changesSections, wholeChangeList, type ChangeListWriter } from './change-parts.ts';
import { itemElements } from '../change-pages.ts';
import { cutRuns } from '../cut-runs.ts';
import { filterForm, groupSection } from './timeline-parts.ts';
import { eventDataset } from './event-parts.ts';
import { count } from './words.ts';
import { downloadLink } from '../download-link.ts';
import { FEED_PATH, FEED_TYPE } from '../timeline-feed.ts';

export interface InlineAssets {
  css: string;
  /** The one inline script, in parts (their concatenation is the script): a large search index is never one string. */
  script: readonly string[];
  /** The Content-Security-Policy: nothing may load, only these two inline elements run. */
  contentSecurityPolicy: string;
}

/** Articles per part of a lazy single file's "Source articles": one placeholder stands for them until it is reached. */
const DOCUMENTS_PER_CHUNK = 20;

/**
 * What a lazy single file carries as data (`<script type="application/json" id="site-chunks">`,
 * never run): the markup of each period's events and of each run of articles, by the
 * `data-chunk` of the placeholder it replaces, and which chunk holds each event, month and
 * article id (a passage's or note's id starts with its article's: `site-doc-<id>/`).
 */
export interface SingleFileChunks {
  chunks: Record<string, string>;
  targets: Record<string, string>;
  /** Each event's filter fields, as its card's `data-` attributes say them (eventCard): a filter finds the periods to show without showing them all. */
  events: Array<{ id: string; dataset: Record<string, string> }>;
}

function periodSection(period: PeriodView, body: Html): Html {
  return html`<section class="period" aria-labelledby="${period.id}">
<h2 class="period-heading" id="${period.id}">${period.heading}</h2>
${body}</section>
`;
}

function documentArticle(doc: DocumentView): Html {
  return html`<article class="document" id="${documentAnchor(doc.id)}" aria-labelledby="${documentAnchor(doc.id)}/title">
<header class="document-header">
<p class="kicker">Source article</p>
<h3 id="${documentAnchor(doc.id)}/title">${doc.title}</h3>
${documentMeta(doc, '#site-undated')}</header>
<div class="document-text">
${documentBlocks(doc)}</div>
</article>
`;
}

/** The events and articles of a lazy single file as data, and the placeholders the page shows until each is reached. */
function lazyParts(site: SiteModel): { periods: Html[]; documents: Html[]; data: SingleFileChunks } {
  const data: SingleFileChunks = { chunks: {}, targets: {}, events: [] };
  const periods = site.periods.map((period) => {
    const groups = period.groups.map((group) => {
      data.chunks[group.id] = groupSection(group, 3).value;
      data.targets[group.id] = group.id;
      for (const event of group.events) {
        data.targets[event.id] = group.id;
        data.events.push({ id: event.id, dataset: eventDataset(event) });
      }
      return html`<div class="group-chunk" data-chunk="${group.id}"><p class="chunk-note muted">${group.heading}: ${count(group.events.length, 'event')}, shown when you reach them.</p></div>
`;
    });
    return periodSection(period, html`${groups}`);
  });
  const documents: Html[] = [];
  for (let first = 0; first < site.documents.length; first += DOCUMENTS_PER_CHUNK) {
    const run = site.documents.slice(first, first + DOCUMENTS_PER_CHUNK);
    const key = `site-documents-${first / DOCUMENTS_PER_CHUNK + 1}`;
    data.chunks[key] = html`${run.map((d) => documentArticle(site.documentPage(d)))}`.value;
    for (const doc of run) data.targets[documentAnchor(doc.id)] = key;
    documents.push(html`<div class="document-chunk" data-chunk="${key}"><p class="chunk-note muted">Articles ${first + 1}–${first + run.length} of ${site.documents.length}: ${run.map((d, i) => html`${i > 0 ? '; ' : ''}${d.title}`)}.</p></div>
`);
  }
  return { periods, documents, data };
}

/** Elements of a lazy single file's "What changed" list put on the page at once (a run of its entries). */
const CHANGE_CHUNK_ELEMENTS = 1500;

/**
 * The lists of a lazy single file's "What changed" as data: runs of entries, each shown when
 * its placeholder is reached or a link to a change it holds is followed (the badge of a changed event).
 */
function lazyChangeList(data: SingleFileChunks): ChangeListWriter {
  return (id, items, labelledBy) => {
    let first = 0;
    return html`${cutRuns(items, itemElements, CHANGE_CHUNK_ELEMENTS).map((run, n) => {
      const key = `${id}-chunk-${n + 1}`;
      data.chunks[key] = wholeChangeList(id, run, labelledBy).value;
      for (const item of run) if (item.section === 'changed') data.targets[item.event.anchor] = key;
      first += run.length;
      return html`<div class="change-chunk" data-chunk="${key}"><p class="chunk-note muted">Entries ${first - run.length + 1}–${first} of ${items.length}, shown when you reach them.</p></div>
`;
    })}`;
  };
}

/** JSON.stringify(data) in parts, in order (one per chunk and per event), so the data block is never one string. */
export function chunksJsonParts(data: SingleFileChunks): string[] {
  const parts = ['{"chunks":{'];
  // Object.entries gives the keys in the order JSON.stringify writes them.
  Object.entries(data.chunks).forEach(([key, markup], i) => parts.push(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:${JSON.stringify(markup)}`));
  parts.push(`},"targets":${JSON.stringify(data.targets)},"events":[`);
  data.events.forEach((event, i) => parts.push(`${i > 0 ? ',' : ''}${JSON.stringify(event)}`));
  parts.push(']}');
  return parts;
}

/**
 * The whole timeline as one page that carries everything: the stylesheet and the script
 * inline, every event, and every source article in full with its passages anchored, so a
 * source link lands on its passage inside the article it belongs to. The page in parts, in
 * order (one per period, article or run of articles, chunk of data and part of the script):
 * their concatenation is the page, and no part is larger than the largest of these, so a
 * timeline of any size can be written (a string holds at most 2^29 characters).
 */
export function singleFilePageParts(site: SiteModel, assets: InlineAssets, options: { lazy?: boolean } = {}): string[] {
  const { figures } = site;
  const lazy = options.lazy === true ? lazyParts(site) : null;
  const top = html`<!doctype html>
<html lang="${site.config.language}">
<head>
${headMeta(assets.contentSecurityPolicy)}<title>${site.title}</title>
${site.config.description === null ? '' : html`<meta name="description" content="${site.config.description}">
`}${site.config.baseUrl === null ? '' : html`<link rel="alternate" type="${FEED_TYPE}" href="${downloadLink(FEED_PATH, site.config.baseUrl)}" title="${site.title}: events, newest first">
`}`;
  const header = html`
</head>
<body>
<a class="skip-link" href="#site-main">Skip to content</a>
<header class="site-header">
<div class="site-header-inner">
<p class="site-name"><a href="#site-timeline">${site.title}</a></p>
<nav class="site-nav" aria-label="Sections">
<ul>
<li><a href="#site-timeline">Timeline</a></li>
${site.comparison === null ? '' : html`<li><a href="#site-changes">What changed</a></li>
`}<li><a href="#site-sources">Source articles (${figures.documents})</a></li>
<li><a href="#site-undated">Undated (${figures.undated})</a></li>
</ul>
</nav>
</div>
</header>
<main id="site-main" tabindex="-1">
<h1 id="site-timeline">Timeline</h1>
${site.config.description === null ? '' : html`<p class="lede">${site.config.description}</p>
`}<p class="lede">${count(figures.events, 'dated event')} read from ${count(figures.documents, 'article')}, in date order (${figures.happened} reported as having happened; the others marked as ongoing, planned, expected, possible or denied), in one file that needs nothing else: every event links to its passage in the full text of its article, further down this page.</p>
${filterForm(site.filters, { years: true, passages: true, changedSince: site.comparison?.label ?? null })}`;
  const periods = lazy?.periods ?? site.periods.map((period) => periodSection(period, html`${period.groups.map((group) => groupSection(group, 3))}`));
  const middle = html`${site.events.length === 0 ? html`<p>No dated events were found in the corpus.</p>` : ''}
${
    site.comparison === null
      ? ''
      : html`<section class="changes" aria-labelledby="site-changes">
<h2 id="site-changes">What changed since <span class="change-label">${site.comparison.label}</span></h2>
${changesSections(site.comparison, 3, lazy === null ? undefined : lazyChangeList(lazy.data))}</section>
`
  }<section class="sources" aria-labelledby="site-sources">
<h2 id="site-sources">Source articles</h2>
<p class="muted">Each article in full. Date expressions are marked; hover or focus one to see what it was read as. Passages that events come from link back to the timeline.</p>
`;
  const documents = lazy?.documents ?? site.documents.map((d) => documentArticle(site.documentPage(d)));
  const bottom = html`</section>
<section aria-labelledby="site-undated">
<h2 id="site-undated">Undated expressions</h2>
${undatedList(site.undated)}</section>
</main>
<footer class="site-footer">
<p>${count(figures.events, 'event')} from ${count(figures.documents, 'article')}, ${count(figures.sources, 'source link')}. Every event links to the passage it was read from.</p>
</footer>
`;
  return [
    top.value,
    ...inlineElementParts('style', [assets.css]),
    header.value,
    ...periods.map((period) => period.value),
    middle.value,
    ...documents.map((doc) => doc.value),
    bottom.value,
    ...(lazy === null ? [] : [...inlineDataParts('site-chunks', chunksJsonParts(lazy.data)), '\n']),
    ...inlineElementParts('script', assets.script),
    '\n</body>\n</html>\n',
  ];
}

/** singleFilePageParts as one string, for a page small enough to be one. */
export function singleFilePage(site: SiteModel, assets: InlineAssets, options: { lazy?: boolean } = {}): string {
  return singleFilePageParts(site, assets, options).join('');
}
