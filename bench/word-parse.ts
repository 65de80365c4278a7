/**
 * The Word reader in one thread (no workers): `npx tsx bench/word-parse.ts [count] [rounds]`
 * generates `count` (400) bench letters (corpus-docx.ts), then parses and indexes them `rounds`
 * (6) times as a parse worker does (parseLetterBytes, toEntry, ShardBuilder) and prints each
 * round's CPU time per letter and the best. A quick loop for work on the reader's speed, between
 * full runs of bench/corpus.ts. `WORD_PARSE_DUMP=<file>` writes each letter's parse result, entry
 * and the shard instead (JSON), to compare the output before and after a change byte for byte.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ShardBuilder } from '../app/search/index-shard';
import { toEntry } from '../app/search/letter-entry';
import { parseLetterBytes } from '../main/corpus/parse-bytes';
import { generateWordCorpus } from './corpus-docx';

const count = Number(process.argv[2] ?? 400);
const rounds = Number(process.argv[3] ?? 6);
const dir = await mkdtemp(join(tmpdir(), 'word-parse-'));
try {
  const files = await generateWordCorpus(join(import.meta.dirname, '..', 'assets', 'corpus'), dir, count);
  const bytes = await Promise.all(files.map((f) => readFile(f)));
  const dump = process.env.WORD_PARSE_DUMP;
  if (dump) {
    const builder = new ShardBuilder();
    const out: unknown[] = [];
    files.forEach((f, i) => {
      const parsed = parseLetterBytes(f.slice(dir.length), bytes[i]!, `h${i}`);
      out.push(parsed);
      if (parsed.ok) {
        builder.add(parsed.letter);
        out.push(toEntry(parsed.letter));
      }
    });
    const shard = builder.build();
    const plain = Object.fromEntries(Object.entries(shard).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v]));
    await writeFile(dump, JSON.stringify({ out, shard: plain }));
  } else {
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const cpu0 = process.cpuUsage();
      const builder = new ShardBuilder();
      files.forEach((f, i) => {
        const parsed = parseLetterBytes(f, bytes[i]!, `h${i}`);
        if (parsed.ok) {
          builder.add(parsed.letter);
          toEntry(parsed.letter);
        }
      });
      builder.build();
      const cpu = process.cpuUsage(cpu0);
      times.push((cpu.user + cpu.system) / 1000 / count);
      process.stdout.write(`round ${r + 1}: ${times[r]!.toFixed(3)} ms a letter\n`);
    }
    process.stdout.write(`best ${Math.min(...times).toFixed(3)} ms a letter (${count} letters, CPU)\n`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
