import { readFileSync, readdirSync } from 'node:fs';
import { parseLetter } from './app/corpus/parse-letter';
for (const f of readdirSync('assets/corpus').filter((x) => x.endsWith('.txt'))) {
  const l = parseLetter({ file: f, text: readFileSync(`assets/corpus/${f}`, 'utf8'), hash: 'x' });
  console.log('=====', f, l.format, l.kind, l.ministry, l.title, l.date, JSON.stringify(l.signatories), JSON.stringify(l.references), JSON.stringify(l.keys));
  for (const b of l.blocks) if (b.kind !== 'paragraph' || process.argv[2]) console.log(' ', b.id, b.kind, JSON.stringify(b.text.slice(0, 70)));
  console.log('  citations', l.citations.length, l.citations.slice(0, 4).map((c) => `${c.key}@${c.block}/${c.footnote}`).join(' '));
}
