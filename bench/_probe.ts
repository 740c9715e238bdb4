import { readdirSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { parseTimeml } from './timeml.ts';
import { createDateTagger } from '../src/dates/chrono-config.ts';
import { paragraphSpans, tagDates } from '../src/dates/index.ts';
const texts: string[] = [];
for (const d of ['/work/shared/eval/tbaq/TimeBank', '/work/shared/eval/tbaq/AQUAINT']) for (const f of readdirSync(d)) texts.push(parseTimeml(readFileSync(d + '/' + f, 'utf8')).text.trim());
let text = ''; while (text.length < 5e6) text += texts.join('\n\n') + '\n\n';
const spans = paragraphSpans(text);
const ref = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
const engine = createDateTagger();
const t = (f: () => void) => { const s = process.hrtime.bigint(); f(); return (Number(process.hrtime.bigint() - s) / 1e6).toFixed(0); };
for (let round = 0; round < 2; round++) {
  console.log('casual', t(() => { for (const s of spans) chrono.casual.parse(text.slice(s.start, s.end), ref); }),
    'engine', t(() => { for (const s of spans) engine.parse(text.slice(s.start, s.end), ref); }),
    'tagDates', t(() => tagDates(text, spans, { dct: '2000-01-01', mode: 'news' })));
}
