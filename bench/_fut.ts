import { readdirSync, readFileSync } from 'node:fs';
import { parseTimeml } from './timeml.ts';
import { tagDates, paragraphSpans } from '../src/dates/index.ts';
for (const dir of ['/work/shared/eval/tbaq/TimeBank', '/work/shared/eval/tbaq/AQUAINT']) for (const f of readdirSync(dir)) {
  const d = parseTimeml(readFileSync(dir + '/' + f, 'utf8'));
  for (const m of tagDates(d.text, paragraphSpans(d.text), { dct: d.dct, mode: 'news' })) {
    if (!/^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(m.text) || m.value.slice(0, 10) <= d.dct) continue;
    const g = d.gold.find((x) => x.start < m.end && m.start < x.end);
    console.log(g && g.value === m.value ? 'OK ' : 'BAD', f, d.dct, m.value, g?.value, JSON.stringify(d.text.slice(Math.max(0, m.start - 90), m.end + 50)));
  }
}
