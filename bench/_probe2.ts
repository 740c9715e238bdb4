import { readdirSync, readFileSync } from 'node:fs';
import { parseTimeml } from './timeml.ts';
import { paragraphSpans, tagDates } from '../src/dates/index.ts';
const texts: string[] = [];
for (const d of ['/work/shared/eval/tbaq/TimeBank', '/work/shared/eval/tbaq/AQUAINT']) for (const f of readdirSync(d)) texts.push(parseTimeml(readFileSync(d + '/' + f, 'utf8')).text.trim());
let text = ''; while (text.length < 3e6) text += texts.join('\n\n') + '\n\n';
const spans = paragraphSpans(text);
for (let i = 0; i < 3; i++) { const s = Date.now(); tagDates(text, spans, { dct: '2000-01-01', mode: 'news' }); console.log(Date.now() - s); }
