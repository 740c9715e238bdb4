import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Diagnostic, SourceFile } from '../types.ts';
import { diagnosticAt } from '../diagnostics/diagnostic.ts';
import { parseFrontMatter } from './parse-front-matter.ts';
import { SITE_CONFIG_FILE } from './read-site-config.ts';

/** The extensions a content file may have. */
export const CONTENT_EXTENSIONS = ['.txt', '.md'] as const;

export interface ReadResult {
  files: SourceFile[];
  diagnostics: Diagnostic[];
}

/** Every file below `dir`, as sorted POSIX paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * A stable document id from the path alone, never from the other files: the slug of the path
 * (`news/canary-article.txt` -> `news--canary-article`); a path that is not already its own
 * slug (`News/Çok Güzel.md`) also gets a short hash of the exact path, so that `a b.md` and
 * `a-b.md` can never take each other's id whichever of them comes or goes.
 */
export function documentIdFor(relativePath: string): string {
  const withoutExt = relativePath.replace(/\.[^./]+$/, '');
  const slug =
    withoutExt
      .split('/')
      .map((part) =>
        part
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, ''),
      )
      .filter(Boolean)
      .join('--') || 'document';
  if (slug.split('--').join('/') === withoutExt) return slug;
  return `${slug}-${createHash('sha1').update(relativePath).digest('hex').slice(0, 6)}`;
}

/**
 * Decodes a content file: strict UTF-8 (a BOM is dropped), no NUL bytes, not empty.
 * Returns the text, or a diagnostic that says exactly where the bytes go wrong.
 */
export function decodeContent(relativePath: string, bytes: Uint8Array): { text: string } | { diagnostic: Diagnostic } {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const before = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, nul));
    return {
      diagnostic: diagnosticAt(relativePath, before, before.length, 'error', 'binary-file',
        'looks like a binary file (it contains a NUL byte); content files are UTF-8 text (.txt or .md)'),
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.trim() === '') {
      return { diagnostic: { document: relativePath, line: 1, column: 1, severity: 'error', code: 'empty-file', message: 'the file is empty' } };
    }
    return { text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    return {
      diagnostic: diagnosticAt(relativePath, before, before.length, 'error', 'invalid-utf8',
        `invalid UTF-8 (byte 0x${bytes[bad]?.toString(16).padStart(2, '0') ?? '??'} at byte offset ${bad}); save the file as UTF-8`),
    };
  }
}

/** The byte offset of the first ill-formed UTF-8 sequence (RFC 3629), or the length when there is none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const trailing = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (trailing === 0 || i + trailing >= bytes.length) return i;
    for (let k = 1; k <= trailing; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1]!;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += trailing + 1;
  }
  return bytes.length;
}

/** Reads every content file below `dir`. Files that cannot be used are reported, never dropped silently. */
export async function readArticles(dir: string): Promise<ReadResult> {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  let paths: string[];
  try {
    paths = await listFiles(dir);
  } catch (error) {
    diagnostics.push({ document: dir, line: 1, column: 1, severity: 'error', code: 'unreadable-folder',
      message: `cannot read the content folder: ${(error as Error).message}` });
    return { files, diagnostics };
  }
  const ids = new Map<string, string>();
  for (const relativePath of paths) {
    // The site's configuration, not an article (read by readSiteConfig).
    if (relativePath === SITE_CONFIG_FILE) continue;
    const ext = path.extname(relativePath).toLowerCase();
    if (!(CONTENT_EXTENSIONS as readonly string[]).includes(ext)) {
      diagnostics.push({ document: relativePath, line: 1, column: 1, severity: 'warning', code: 'unsupported-file',
        message: `left out: not a content file (content files end in ${CONTENT_EXTENSIONS.join(' or ')})` });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path.join(dir, relativePath));
    } catch (error) {
      diagnostics.push({ document: relativePath, line: 1, column: 1, severity: 'error', code: 'unreadable-file',
        message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      continue;
    }
    const decoded = decodeContent(relativePath, bytes);
    if ('diagnostic' in decoded) {
      diagnostics.push(decoded.diagnostic);
      continue;
    }
    const { frontMatter, bodyStart, diagnostics: fmDiagnostics } = parseFrontMatter(relativePath, decoded.text);
    diagnostics.push(...fmDiagnostics);
    let id = documentIdFor(relativePath);
    if (ids.has(id)) {
      // Only the same name with two extensions (`a-b.txt`, `a-b.md`) can still meet here.
      id = `${id}-${ext.slice(1)}`;
    }
    ids.set(id, relativePath);
    files.push({ id, path: relativePath, text: decoded.text, bodyStart, frontMatter });
  }
  return { files, diagnostics };
}
