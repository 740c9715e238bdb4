import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir`, as POSIX paths relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Every file under `dir` (`listFiles`), with its bytes. */
export async function fileTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of await listFiles(dir)) files.set(name, await readFile(path.join(dir, name)));
  return files;
}

export async function readPage(dir: string, page: string): Promise<string> {
  return readFile(path.join(dir, page), 'utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

export function decodeAttribute(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** The `href` and `src` values of a page, decoded, with the tag they sit on. */
export function urlsOf(html: string): Array<{ tag: string; attribute: string; url: string }> {
  const found: Array<{ tag: string; attribute: string; url: string }> = [];
  for (const tag of html.matchAll(/<([a-z]+)\b[^>]*>/g)) {
    for (const attr of tag[0].matchAll(/\s(href|src)="([^"]*)"/g)) {
      found.push({ tag: tag[1]!, attribute: attr[1]!, url: decodeAttribute(attr[2]!) });
    }
  }
  return found;
}

/** The `id` attribute values of a page, decoded. */
export function idsOf(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeAttribute(m[1]!));
}

/**
 * The links of a page that do not work from disk: absolute or root-relative URLs (an
 * article's original http(s) address, marked `rel="external"`, is the one exception, also
 * with a text fragment pointing into it), files that do not exist, anchors that are not on
 * their page.
 */
export async function brokenLinks(siteDir: string, page: string): Promise<string[]> {
  const html = await readPage(siteDir, page);
  const broken: string[] = [];
  for (const { tag, url } of urlsOf(html)) {
    if (/^https?:/.test(url)) {
      const original = url.split('#:~:text=')[0]!;
      if (tag !== 'a' || !html.includes(`rel="external noopener noreferrer">${original.replace(/&/g, '&amp;')}</a>`)) broken.push(`${page}: absolute ${url}`);
      continue;
    }
    if (/^(\/|[a-z][a-z0-9+.-]*:)/i.test(url)) {
      broken.push(`${page}: not relative ${url}`);
      continue;
    }
    const [file = '', hash] = url.split('#');
    const target = file === '' ? page : path.posix.join(path.posix.dirname(page), file);
    let targetHtml: string;
    try {
      targetHtml = await readPage(siteDir, target);
    } catch {
      broken.push(`${page}: missing file ${url}`);
      continue;
    }
    if (hash !== undefined && !idsOf(targetHtml).includes(decodeURIComponent(hash))) broken.push(`${page}: missing anchor ${url}`);
  }
  return broken;
}

/** The links (`<a href>`) of the page `file` of a site, resolved against its place in the site; off-site and fragment-only links left out. */
export function pageLinks(html: string, file: string): Array<{ href: string; target: string; fragment: string }> {
  return [...html.matchAll(/<a [^>]*href="([^"]*)"/gu)]
    .map((m) => m[1]!.replaceAll('&amp;', '&'))
    .filter((href) => !/^[a-z]+:/u.test(href) && !href.startsWith('#'))
    .map((href) => {
      const [where, fragment = ''] = href.split('#');
      return { href, target: path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURIComponent(where!))), fragment: decodeURIComponent(fragment) };
    });
}

/** The HTML pages of a built site by their path in it (POSIX), with their text. */
export async function htmlPages(siteDir: string): Promise<Map<string, string>> {
  const files = (await listFiles(siteDir)).filter((f) => f.endsWith('.html'));
  return new Map(await Promise.all(files.map(async (f) => [f, await readPage(siteDir, f)] as const)));
}
