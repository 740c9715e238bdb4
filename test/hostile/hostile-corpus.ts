import { execFileSync } from 'node:child_process';
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

/** A diagnostic a hostile input must give (`line` checked when given). */
export interface ExpectedDiagnostic {
  document: string;
  code: string;
  line?: number;
}

export interface HostileCorpus {
  /** Paths that must be read as documents. */
  documents: string[];
  diagnostics: ExpectedDiagnostic[];
  /** Paths (relative) of long or deep names whose ids must be short. */
  longNames: string[];
  /** Closes what must stay open while the corpus is read (a listening socket). */
  close: () => Promise<void>;
}

const ARTICLE = (title: string) => `${title}

By Jane Roe

On 13 October 2019 the council reopened the bridge after repairs, a spokesperson said.
`;

/**
 * Writes a content folder of everything a careless user or an attacker may put there (issue
 * 11): names that slug alike, names and paths too long for a page name, links out of the folder
 * and to devices, pipes and sockets, a file above the size limit, lone-CR and CRLF front matter,
 * UTF-16, control characters in names, YAML timestamps and years out of range.
 */
export async function writeHostileCorpus(dir: string, outside: string): Promise<HostileCorpus> {
  const documents: string[] = [];
  const diagnostics: ExpectedDiagnostic[] = [];
  const longNames: string[] = [];
  const put = async (relative: string, data: string | Uint8Array) => {
    await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
    await writeFile(path.join(dir, relative), data);
  };
  await mkdir(dir, { recursive: true });
  await mkdir(outside, { recursive: true });

  // 3. Names that slug alike.
  for (const name of ['ids/a-b.md', 'ids/a-b.txt', 'ids/a-b-txt.md']) {
    await put(name, ARTICLE(`Article ${name}`));
    documents.push(name);
  }
  // 4. A 254-byte file name, and a deep path whose id would be far longer than a file name may be.
  const longName = `${'n'.repeat(251)}.md`;
  const deepPath = `${Array.from({ length: 12 }, (_, i) => `level-${i}-${'d'.repeat(90)}`).join('/')}/article.txt`;
  for (const name of [longName, deepPath]) {
    await put(name, ARTICLE('A long name'));
    documents.push(name);
    longNames.push(name);
  }
  // 2. A subfolder that cannot be read (its path is longer than the system allows, which even root cannot open).
  // Made one level at a time from inside the last, the only way a path this long can be made.
  await mkdir(path.join(dir, 'unreadable'));
  execFileSync('bash', ['-c', 'cd "$1" && for i in $(seq 20); do mkdir "$2" && cd "$2"; done && echo text > article.txt', 'bash', path.join(dir, 'unreadable'), 'u'.repeat(250)]);
  diagnostics.push({ document: 'unreadable/', code: 'unreadable-folder' });

  // 6. Links: out of the folder, to a device, to pipes and sockets, dangling, to a folder; one inside that works.
  await put('good.md', ARTICLE('Good article'));
  documents.push('good.md');
  await symlink(path.join(dir, 'good.md'), path.join(dir, 'link-inside.md'));
  documents.push('link-inside.md');
  await symlink('/dev/zero', path.join(dir, 'link-zero.txt'));
  diagnostics.push({ document: 'link-zero.txt', code: 'link-outside-content' });
  await writeFile(path.join(outside, 'secret.txt'), 'root:x:0:0:secret\n');
  await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'link-secret.txt'));
  diagnostics.push({ document: 'link-secret.txt', code: 'link-outside-content' });
  await symlink('/etc/passwd', path.join(dir, 'link-passwd.txt'));
  diagnostics.push({ document: 'link-passwd.txt', code: 'link-outside-content' });
  execFileSync('mkfifo', [path.join(dir, 'fifo.txt'), path.join(dir, 'fifo-target')]);
  diagnostics.push({ document: 'fifo.txt', code: 'special-file' });
  await symlink(path.join(dir, 'fifo-target'), path.join(dir, 'link-fifo.txt'));
  diagnostics.push({ document: 'link-fifo.txt', code: 'special-file' });
  diagnostics.push({ document: 'fifo-target', code: 'special-file' });
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(path.join(dir, 'socket.txt'), resolve));
  diagnostics.push({ document: 'socket.txt', code: 'special-file' });
  await symlink(path.join(dir, 'nowhere.txt'), path.join(dir, 'link-broken.txt'));
  diagnostics.push({ document: 'link-broken.txt', code: 'broken-link' });
  await symlink(dir, path.join(dir, 'link-loop'));
  diagnostics.push({ document: 'link-loop', code: 'link-to-folder' });
  await symlink(outside, path.join(dir, 'link-out'));
  diagnostics.push({ document: 'link-out', code: 'link-outside-content' });

  // 9. Above the size limit (a sparse file: nothing is written, nothing must be read).
  await writeFile(path.join(dir, 'huge.txt'), '');
  await truncate(path.join(dir, 'huge.txt'), 65 * 1024 * 1024);
  diagnostics.push({ document: 'huge.txt', code: 'file-too-large' });

  // 8. Lone CR and CRLF front matter: fields read, diagnostics on the right line; UTF-16.
  const frontMatter = (eol: string) => ['---', 'title: Line endings', 'published: 2020-01-02', 'mode: bogus', '---', ARTICLE('Line endings').split('\n').join(eol)].join(eol);
  await put('eol-cr.md', frontMatter('\r'));
  await put('eol-crlf.md', frontMatter('\r\n'));
  for (const name of ['eol-cr.md', 'eol-crlf.md']) {
    documents.push(name);
    diagnostics.push({ document: name, code: 'invalid-mode', line: 4 });
  }
  const utf16 = ARTICLE('Çok güzel: UTF-16 article');
  const le = Buffer.from(`\ufeff${utf16}`, 'utf16le');
  await put('utf16-le.txt', le);
  await put('utf16-be.txt', Buffer.from(le).swap16());
  await put('utf16-nobom.txt', Buffer.from(utf16, 'utf16le'));
  documents.push('utf16-be.txt', 'utf16-le.txt');
  diagnostics.push({ document: 'utf16-nobom.txt', code: 'utf16-without-bom' });

  // 10. Control characters in names; a YAML timestamp; years out of range.
  await put('evil\nname.txt', '');
  diagnostics.push({ document: 'evil\nname.txt', code: 'empty-file' });
  await put('esc\u001b[31mred.txt', '');
  diagnostics.push({ document: 'esc\u001b[31mred.txt', code: 'empty-file' });
  await put('timestamp.md', `---\npublished: !!timestamp 2020-01-02\n---\n${ARTICLE('Timestamp')}`);
  diagnostics.push({ document: 'timestamp.md', code: 'invalid-published', line: 2 });
  documents.push('timestamp.md');
  for (const [name, date] of [['year-zero.md', '0000-01-01'], ['year-9999.md', '9999-12-31']] as const) {
    await put(name, `---\npublished: ${date}\n---\n${ARTICLE('Out of range')}`);
    diagnostics.push({ document: name, code: 'published-out-of-range', line: 2 });
    documents.push(name);
  }
  return { documents, diagnostics, longNames, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
