/**
 * Markup built by tagged templates: every interpolated value is escaped unless it is
 * itself markup built here. The article text is untrusted, so escaping is the default
 * and there is no way to pass a raw string through.
 */

// A registry symbol so the brand survives the same module being loaded twice (Eleventy
// imports templates with a cache-busting query, tests import through Vite).
const BRAND = Symbol.for('news-timeline.site.html');

export interface Html {
  readonly [BRAND]: true;
  readonly value: string;
  toString(): string;
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function markup(value: string): Html {
  return { [BRAND]: true, value, toString: () => value };
}

export function isHtml(value: unknown): value is Html {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  if (isHtml(value)) return value.value;
  return value.map(render).join('');
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return markup(out);
}

/**
 * Markup Eleventy already rendered (a layout's `content`): it was built by these
 * templates, so it is trusted as it is.
 */
export function renderedContent(content: string): Html {
  return markup(content);
}

/**
 * A `<style>` or `<script>` element holding the site's own code (the stylesheet, the page
 * script, the search index with every `<` escaped), for a page that must carry everything
 * inside it. Code that could close its element early is refused.
 */
export function inlineElement(tag: 'style' | 'script', code: string): Html {
  return markup(inlineElementParts(tag, [code]).join(''));
}

/**
 * inlineElement for code given in parts (a large script), as parts in order: never one string
 * larger than its largest part. The refusal looks across the joins as well: a "</script" split
 * between two parts is refused too.
 */
export function inlineElementParts(tag: 'style' | 'script', code: readonly string[]): string[] {
  const closing = new RegExp(`</${tag}|<!--`, 'i');
  // A forbidden sequence is at most `</script`.length characters: the last ones before each part, with the part, see one that spans a join.
  const keep = tag.length + 2;
  let tail = '';
  for (const part of code) {
    if (closing.test(part) || closing.test(tail + part.slice(0, keep))) throw new Error(`Inline ${tag} would end early: it holds "</${tag}" or "<!--"`);
    tail = (tail + part).slice(-keep);
  }
  return [`<${tag}>`, ...code, `</${tag}>`];
}

/**
 * A data block (`<script type="application/json">`, which no browser runs and no
 * Content-Security-Policy has to allow) holding JSON: every `<` is escaped as `\u003c`, which
 * JSON.parse reads back as `<`, so the data can never close its element.
 */
export function inlineData(id: string, json: string): Html {
  return markup(inlineDataParts(id, [json]).join(''));
}

/** inlineData for JSON given in parts (their concatenation is the JSON), as parts in order. */
export function inlineDataParts(id: string, json: readonly string[]): string[] {
  return [`<script type="application/json" id="${escapeHtml(id)}">`, ...json.map((part) => part.replace(/</g, '\\u003c')), '</script>'];
}

/**
 * The one inline script of a site page: it loads the script named by its `data-src` once the
 * page is parsed. The Content-Security-Policy allows this code by its hash and, through
 * 'strict-dynamic', only what it loads: from file:// neither 'self' nor a path can tell the
 * site's own script files from any other local file, and integrity hashes do not work there.
 */
export const SCRIPT_LOADER =
  "(function(me){document.addEventListener('DOMContentLoaded',function(){var s=document.createElement('script');s.async=false;s.src=me.getAttribute('data-src');document.head.append(s);});})(document.currentScript);";

/** A classic script of the site (`src` relative to the page), loaded by SCRIPT_LOADER. */
export function loadedScript(src: string): Html {
  return markup(`<script data-src="${escapeHtml(src)}">${SCRIPT_LOADER}</script>`);
}
