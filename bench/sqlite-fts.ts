/**
 * SQLite FTS5 (node:sqlite) against Dossier's own index on the same corpus (issue 22, step 3):
 * `tsx bench/sqlite-fts.ts` (BENCH_LETTERS, default 10,000). The corpus benchmark's generated
 * letters are loaded once by the CorpusService (cold: our index, timed), then every indexed
 * document (block or footnote, exactly the texts our shards hold) goes into an FTS5 table with
 * unicode61 remove_diacritics 2 and prefix indexes, beside a letters table for the filters. Both
 * engines answer the benchmark's 200 queries: our `search` (ranked hits with snippets, phrases
 * verified, filters) and an FTS5 MATCH with bm25 ordering, snippet() and the filters as a join.
 * Printed: build time and CPU, size on disk, RSS growth, search p50/p95, first search in a fresh
 * connection. The figures are written down in docs/search-engine.md.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DatabaseSync } from 'node:sqlite';

import { parseQuery } from '../app/corpus/search-text';
import type { SearchRequest } from '../app/ipc/contract';
import { docText, type ShardData } from '../app/search/index-shard';
import { CorpusService } from '../main/corpus/corpus-service';
import { generateCorpus } from './corpus-letters';
import { percentile } from './corpus-table';

const COUNT = Number(process.env.BENCH_LETTERS ?? 10_000);
const sampleDir = join(import.meta.dirname, '..', 'assets', 'corpus');
const WORDS = [
  'Oekraïne',
  'kabinet',
  'munitie',
  'sancties',
  'veiligheidsgaranties',
  'Rusland',
  'NAVO',
  'luchtverdediging',
  'wederopbouw',
  'Kamerstuk',
];
const PREFIXES = ['oekr', 'veilig', 'milit', 'sanct', 'wederop', 'onderhandel'];
const FOLDED = ['Yesilgoz', 'Oekraine', 'geinformeerd', 'beeindigen', 'YEŞILGÖZ'];
const PHRASES = ['"vrede in Oekraïne"', '"Coalition of the Willing"', '"uw Kamer"', '"de Russische agressieoorlog"'];

/** The corpus benchmark's 200 queries (bench/corpus.ts), with the same seedless rotation. */
const queries = (): SearchRequest[] =>
  Array.from({ length: 200 }, (_, i): SearchRequest => {
    const pick = <T>(xs: T[]): T => xs[(i * 7 + Math.floor(i / 5)) % xs.length]!;
    const query = [pick(WORDS), pick(PREFIXES), pick(FOLDED), pick(PHRASES), `${pick(WORDS)} ${pick(PREFIXES)}`][i % 5]!;
    const filter = Math.floor(i / 5) % 4;
    if (filter === 1) return { query, kinds: ['Kamerbrief'] };
    if (filter === 2) return { query, dateFrom: '2022-01-01', dateTo: '2023-12-31' };
    if (filter === 3) return { query, signatory: 'Brekelmans' };
    return { query };
  });

/** Our query syntax as an FTS5 MATCH: words (≥ 3 letters as prefixes, as ours), quoted phrases. */
const ftsQuery = (query: string): string => {
  const q = parseQuery(query);
  const words = q.words.map((w) => (w.length >= 3 ? `"${w}"*` : `"${w}"`));
  const phrases = q.phrases.map((p) => `"${p.join(' ')}"`);
  return [...words, ...phrases].join(' AND ');
};

const SQL_FILTER: Record<string, string> = {
  none: '',
  kind: 'AND l.kind = :kind',
  date: 'AND l.date BETWEEN :from AND :to',
  signatory: "AND l.signatories LIKE '%' || :signatory || '%'",
};

const main = async (): Promise<void> => {
  const tmp = await mkdtemp(join(tmpdir(), 'dossier-fts-'));
  try {
    const corpusDir = join(tmp, 'corpus');
    process.stdout.write(`Genereren van ${COUNT} brieven …\n`);
    await generateCorpus(sampleDir, corpusDir, COUNT);
    const service = new CorpusService({ sampleDir, dataDir: join(tmp, 'data'), watch: false });
    const rss0 = process.memoryUsage.rss();
    let cpu = process.cpuUsage();
    let t0 = performance.now();
    const state = await service.open([corpusDir]);
    const oursMs = performance.now() - t0;
    const oursCpu = process.cpuUsage(cpu);
    const corpus = (service as unknown as { corpus: { index: { shardList(): Array<{ data: ShardData }> } } }).corpus;
    const shards = corpus.index.shardList().map((s) => s.data);
    const oursRss = process.memoryUsage.rss() - rss0;

    const dbPath = join(tmp, 'fts.db');
    const db = new DatabaseSync(dbPath);
    db.exec('PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;');
    db.exec(
      "CREATE VIRTUAL TABLE docs USING fts5(body, file UNINDEXED, block UNINDEXED, tokenize='unicode61 remove_diacritics 2', prefix='3 4 5 6 7')",
    );
    db.exec('CREATE TABLE letters(file TEXT PRIMARY KEY, kind TEXT, date TEXT, signatories TEXT)');
    const rss1 = process.memoryUsage.rss();
    cpu = process.cpuUsage();
    t0 = performance.now();
    db.exec('BEGIN');
    const insertDoc = db.prepare('INSERT INTO docs(body, file, block) VALUES (?, ?, ?)');
    let docs = 0;
    for (const s of shards) {
      for (let d = 0; d < s.docLetter.length; d++) {
        insertDoc.run(docText(s, d), s.files[s.docLetter[d]!]!, s.docBlock[d]!);
        docs++;
      }
    }
    const insertLetter = db.prepare('INSERT OR REPLACE INTO letters VALUES (?, ?, ?, ?)');
    for (const l of state.letters) insertLetter.run(l.file, l.kind, l.date, l.signatories.map((x) => x.name).join('; '));
    db.exec('COMMIT');
    const ftsMs = performance.now() - t0;
    const ftsCpu = process.cpuUsage(cpu);
    const ftsRss = process.memoryUsage.rss() - rss1;
    db.close();
    const size = (await stat(dbPath)).size;

    const run = (conn: DatabaseSync, q: SearchRequest) => {
      const filter = q.kinds ? 'kind' : q.dateFrom ? 'date' : q.signatory ? 'signatory' : 'none';
      const sql = `SELECT d.file, d.block, snippet(docs, 0, '«', '»', '…', 12) AS snippet FROM docs d JOIN letters l ON l.file = d.file WHERE docs MATCH :match ${SQL_FILTER[filter]} ORDER BY bm25(docs) LIMIT 50`;
      const params: Record<string, string> = { match: ftsQuery(q.query) };
      if (q.kinds) params.kind = q.kinds[0]!;
      if (q.dateFrom) Object.assign(params, { from: q.dateFrom, to: q.dateTo });
      if (q.signatory) params.signatory = q.signatory;
      return conn.prepare(sql).all(params).length;
    };
    const conn = new DatabaseSync(dbPath, { readOnly: true });
    const ftsTimes: number[] = [];
    const oursTimes: number[] = [];
    let ftsHits = 0;
    let oursHits = 0;
    for (const q of queries()) {
      let t = performance.now();
      ftsHits += run(conn, q);
      ftsTimes.push(performance.now() - t);
      t = performance.now();
      oursHits += service.search(q).length;
      oursTimes.push(performance.now() - t);
    }
    const line = (name: string, a: string, b: string): void => void process.stdout.write(`${name.padEnd(34)}| ${a.padEnd(40)}| ${b}\n`);
    process.stdout.write(`\n${COUNT} letters, ${docs} documents\n`);
    line('', 'ours (app/search)', 'SQLite FTS5 (node:sqlite)');
    line(
      'build (wall / CPU)',
      `${(oursMs / 1000).toFixed(2)} s / ${((oursCpu.user + oursCpu.system) / 1e6).toFixed(1)} s (parse + index, workers)`,
      `${(ftsMs / 1000).toFixed(2)} s / ${((ftsCpu.user + ftsCpu.system) / 1e6).toFixed(1)} s (insert only, one thread)`,
    );
    line('size on disk', 'see bench:corpus (store file)', `${(size / 2 ** 20).toFixed(0)} MB`);
    line('RSS growth', `${(oursRss / 2 ** 20).toFixed(0)} MB (cold load)`, `${(ftsRss / 2 ** 20).toFixed(0)} MB (insert)`);
    line(
      'search p50 / p95 / max (ms)',
      `${percentile(oursTimes, 50).toFixed(2)} / ${percentile(oursTimes, 95).toFixed(2)} / ${Math.max(...oursTimes).toFixed(1)}`,
      `${percentile(ftsTimes, 50).toFixed(2)} / ${percentile(ftsTimes, 95).toFixed(2)} / ${Math.max(...ftsTimes).toFixed(1)}`,
    );
    line('first search (fresh connection)', '', `${ftsTimes[0]!.toFixed(1)} ms`);
    line('hits (limit 50 each)', `${oursHits}`, `${ftsHits}`);
    conn.close();
    await service.close();
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
};

await main();
