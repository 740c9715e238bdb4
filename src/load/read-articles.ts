import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Diagnostic, SourceFile } from '../types.ts';
import { compareDiagnostics, diagnosticAt } from '../diagnostics/diagnostic.ts';
import { parseFrontMatter } from './parse-front-matter.ts';
import { describeFsError, listContentFiles, specialKind } from './list-content-files.ts';
import { SITE_CONFIG_FILE } from './read-site-config.ts';

/** The extensions a content file may have. */
export const CONTENT_EXTENSIONS = ['.txt', '.md'] as const;

export interface ReadResult {
  files: SourceFile[];
  diagnostics: Diagnostic[];
  /** False when the content folder itself could not be read: nothing was listed. */
  readable?: boolean;
}

/** Files above this size are reported and never read (README, "Reliability"). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

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
  const hash = (length: number) => createHash('sha1').update(relativePath).digest('hex').slice(0, length);
  // A page is named after its document: a long name or a deep path would make a file name the system refuses.
  if (slug.length > MAX_ID_LENGTH) return `${slug.slice(0, MAX_ID_LENGTH - 13).replace(/-+$/, '')}-${hash(12)}`;
  if (slug.split('--').join('/') === withoutExt) return slug;
  return `${slug}-${hash(6)}`;
}

/** The longest document id: page names (`<id>.html`) stay far below the 255 bytes a file name may have. */
export const MAX_ID_LENGTH = 100;

/**
 * Unique ids for the sorted paths. `documentIdFor` already tells nearly every two names
 * apart; the names it cannot (`a-b.md` beside `a-b.txt`, or a name made to look like another's
 * hashed id) get `---` and a hash of the whole path, a form no first-choice id has.
 */
export function uniqueDocumentIds(relativePaths: readonly string[]): Map<string, string> {
  const first = relativePaths.map(documentIdFor);
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const id of first) seen.set(id, (seen.get(id) ?? 0) + 1);
  relativePaths.forEach((relativePath, i) => {
    let id = first[i]!;
    // Every name that meets another moves, whichever comes first, so neither id depends on the order of arrival.
    if (seen.get(id)! > 1 || taken.has(id)) {
      const base = id.slice(0, MAX_ID_LENGTH - 16);
      id = `${base}---${createHash('sha1').update(relativePath).digest('hex').slice(0, 12)}`;
      for (let n = 2; taken.has(id); n++) id = `${base}---${createHash('sha1').update(`${relativePath}\0${n}`).digest('hex').slice(0, 12)}`;
    }
    taken.add(id);
    ids.set(relativePath, id);
  });
  return ids;
}

/**
 * Decodes a content file: strict UTF-8 (a BOM is dropped), no NUL bytes, not empty.
 * Returns the text, or a diagnostic that says exactly where the bytes go wrong.
 */
export function decodeContent(relativePath: string, bytes: Uint8Array): { text: string } | { diagnostic: Diagnostic } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16 !== null) return decodeUtf16(relativePath, bytes, utf16);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const before = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, nul));
    if (looksLikeUtf16(bytes)) {
      return {
        diagnostic: diagnosticAt(relativePath, before, before.length, 'error', 'utf16-without-bom',
          'looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or as UTF-16 with a byte-order mark)'),
      };
    }
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

/** UTF-16 after its byte-order mark (dropped, as a UTF-8 one is): offsets index the decoded text. */
function decodeUtf16(relativePath: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): { text: string } | { diagnostic: Diagnostic } {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { diagnostic: { document: relativePath, line: 1, column: 1, severity: 'error', code: 'invalid-utf16',
      message: `invalid ${encoding.toUpperCase()} (an odd number of bytes or a lone surrogate); save the file as UTF-8` } };
  }
  if (text.includes('\0')) return { diagnostic: diagnosticAt(relativePath, text, text.indexOf('\0'), 'error', 'binary-file', 'looks like a binary file (it contains a NUL character)') };
  if (text.trim() === '') return { diagnostic: { document: relativePath, line: 1, column: 1, severity: 'error', code: 'empty-file', message: 'the file is empty' } };
  return { text };
}

/** Text of UTF-16 code units without a byte-order mark: most NUL bytes on one side of each pair. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const pairs = Math.min(bytes.length >> 1, 4096);
  if (pairs < 2) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) >= pairs * 0.6 && Math.min(even, odd) <= pairs * 0.05;
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

/**
 * The bytes of one listed file, or why they were not read. The file is opened without
 * following a link and without blocking (a pipe put in its place never hangs the read), and
 * checked once open: a regular file, no larger than MAX_FILE_BYTES.
 *
 * Synchronous on purpose: a corpus is thousands of small files read one after the other while
 * nothing else runs, and each promise-based open, stat, read and close is a round trip through
 * libuv's thread pool. 10,000 articles (28 MB, in the page cache): 7.7 s of wall and 4.9 s of
 * CPU that way, 0.23 s and 0.29 s synchronously (bench/README.md, "Reading a corpus").
 */
export function readContentBytes(relativePath: string, absolutePath: string): { bytes: Uint8Array } | { diagnostic: Diagnostic } {
  const fail = (code: string, message: string) => ({ diagnostic: { document: relativePath, line: 1, column: 1, severity: 'error' as const, code, message } });
  let fd: number;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return fail('unreadable-file', `cannot read the file: ${describeFsError(error)}`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return fail('special-file', `left out: ${specialKind(stats) ?? 'no regular file'}, not a content file`);
    if (stats.size > MAX_FILE_BYTES) {
      return fail('file-too-large', `left out: ${(stats.size / 1024 / 1024).toFixed(1)} MB is more than the ${MAX_FILE_BYTES / 1024 / 1024} MB a content file may have`);
    }
    return { bytes: readFileSync(fd) };
  } catch (error) {
    return fail('unreadable-file', `cannot read the file: ${describeFsError(error)}`);
  } finally {
    closeSync(fd);
  }
}

/** Reads every content file below `dir`. Files that cannot be used are reported, never dropped silently. */
export async function readArticles(dir: string): Promise<ReadResult> {
  const files: SourceFile[] = [];
  const listing = await listContentFiles(dir);
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  const content: Array<{ relativePath: string; absolutePath: string }> = [];
  for (const entry of listing.entries) {
    // The site's configuration, not an article (read by readSiteConfig).
    if (entry.relativePath === SITE_CONFIG_FILE) continue;
    const ext = path.extname(entry.relativePath).toLowerCase();
    if ((CONTENT_EXTENSIONS as readonly string[]).includes(ext)) content.push(entry);
    else diagnostics.push({ document: entry.relativePath, line: 1, column: 1, severity: 'warning', code: 'unsupported-file',
      message: `left out: not a content file (content files end in ${CONTENT_EXTENSIONS.join(' or ')})` });
  }
  const ids = uniqueDocumentIds(content.map((entry) => entry.relativePath));
  for (const { relativePath, absolutePath } of content) {
    const read = readContentBytes(relativePath, absolutePath);
    if ('diagnostic' in read) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const decoded = decodeContent(relativePath, read.bytes);
    if ('diagnostic' in decoded) {
      diagnostics.push(decoded.diagnostic);
      continue;
    }
    const { frontMatter, bodyStart, diagnostics: fmDiagnostics } = parseFrontMatter(relativePath, decoded.text);
    diagnostics.push(...fmDiagnostics);
    files.push({ id: ids.get(relativePath)!, path: relativePath, text: decoded.text, bodyStart, frontMatter });
  }
  return { files, diagnostics: diagnostics.sort(compareDiagnostics), readable: listing.readable };
}
