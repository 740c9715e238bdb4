import { readdirSync, readFileSync } from 'node:fs';
import { parseTimeml } from './timeml.ts';
import { createDateTagger } from '../src/dates/chrono-config.ts';
import { paragraphSpans } from '../src/dates/index.ts';
const texts: string[] = [];
for (const d of ['/work/shared/eval/tbaq/TimeBank', '/work/shared/eval/tbaq/AQUAINT']) for (const f of readdirSync(d)) texts.push(parseTimeml(readFileSync(d + '/' + f, 'utf8')).text.trim());
let text = ''; while (text.length < 5e6) text += texts.join('\n\n') + '\n\n';
const paras = paragraphSpans(text).map((s) => text.slice(s.start, s.end));
const engine = createDateTagger();
for (const p of engine.parsers) {
  const t = (p as unknown as { trigger?: () => RegExp }).trigger;
  if (!t) continue;
  const re = t.call(p);
  const s = process.hrtime.bigint(); let hits = 0;
  for (const para of paras) if (re.test(para)) hits++;
  console.log(p.constructor.name.padEnd(24), (Number(process.hrtime.bigint() - s) / 1e6).toFixed(0).padStart(5), 'ms', hits, '/', paras.length);
}
