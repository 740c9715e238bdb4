import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { createDateTagger } from '../src/dates/chrono-config.ts';
import { paragraphSpans, tagDates } from '../src/dates/index.ts';
import { parseTimeml } from './timeml.ts';
function tmlFiles(dir: string): string[] { const out: string[] = []; for (const name of readdirSync(dir).sort()) { const path = join(dir, name); if (statSync(path).isDirectory()) out.push(...tmlFiles(path)); else if (name.endsWith('.tml')) out.push(path); } return out; }
const documents = tmlFiles('/work/shared/eval/tbaq').map((f) => parseTimeml(readFileSync(f, 'utf8')));
const parts: string[] = []; let size = 0;
for (let i = 0; size < 5e6; i++) { const t = documents[i % documents.length]!.text.trim(); parts.push(t); size += t.length + 2; }
const text = parts.join('\n\n'); const spans = paragraphSpans(text);
const reference = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
const engine = createDateTagger();
const t = (f: () => void) => { const s = process.hrtime.bigint(); f(); return (Number(process.hrtime.bigint() - s) / 1e6).toFixed(0); };
for (let r = 0; r < 5; r++) console.log('casual', t(() => { for (const s of spans) chrono.casual.parse(text.slice(s.start, s.end), reference); }), 'engine', t(() => { for (const s of spans) engine.parse(text.slice(s.start, s.end), reference); }), 'tagDates', t(() => tagDates(text, spans, { dct: '2000-01-01', mode: 'news' })));
