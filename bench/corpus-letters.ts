import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Generates a large corpus of varied letters from the five samples for the corpus benchmark:
 * both text styles (Word/Tika markers and hard-wrapped PDF text), with words swapped, numbers
 * and dates changed, sentences of fresh vocabulary and extra footnotes added, so no two letters
 * are the same and the index sees a realistic, growing vocabulary.
 */

/** Small deterministic PRNG (mulberry32), so every run benchmarks the same corpus. */
export const rng = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const SWAPS: Record<string, string[]> = {
  kabinet: ['kabinet', 'regering', 'kabinet'],
  steun: ['steun', 'hulp', 'ondersteuning'],
  belangrijk: ['belangrijk', 'essentieel', 'cruciaal'],
  Rusland: ['Rusland', 'Rusland', 'de Russische Federatie'],
  militaire: ['militaire', 'defensie', 'militaire'],
  partners: ['partners', 'bondgenoten', 'landen'],
  inzet: ['inzet', 'bijdrage', 'inspanning'],
};
const SYLLABLES = ['ka', 'ro', 'me', 'ste', 'lin', 'vor', 'de', 'ijk', 'ba', 'ter', 'gon', 'zu', 'wel', 'ha', 'ris', 'mo', 'ne', 'ken'];
const SIGNERS = ['D.M. van Weel', 'Ruben Brekelmans', 'Caspar Veldkamp', 'Dilan Yeşilgöz-Zegerius', 'Hanke Bruins Slot'];
const KINDS = ['Kamerbrief', 'Kamerbrief', 'Antwoorden op Kamervragen', 'Verslag', 'Geannoteerde agenda'];

const word = (r: () => number): string =>
  Array.from({ length: 2 + Math.floor(r() * 3) }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join('');

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const sentence = (r: () => number, i: number): string =>
  `Het kabinet noemt in dit verband dossier ${word(r)} ${1000 + i} over ${word(r)} en ${word(r)} in Oekraïne.`;

/** Word-style (Tika) text: vary a letter and add a paragraph with a new footnote. */
const varyWord = (text: string, r: () => number, i: number): string => {
  const lines = text.split('\n');
  const out: string[] = [];
  let added = false;
  for (const line of lines) {
    const plain = line.length > 150 && !line.includes('[');
    out.push(plain && r() < 0.5 ? `${line} ${sentence(r, i)}` : line);
    if (plain && !added) {
      const id = 900 + Math.floor(r() * 90);
      out.push(
        `Zie ook de brief over ${word(r)}.[footnoteRef:${id}] [${id}:  Kamerstuk 36 ${100 + Math.floor(r() * 900)}, nr. ${1 + Math.floor(r() * 400)}.] `,
        '',
      );
      added = true;
    }
  }
  return out.join('\n');
};

/** PDF-style text: add a short wrapped paragraph after a paragraph separator (a line of one space). */
const varyPdf = (text: string, r: () => number, i: number): string =>
  text.replace(/\n \n/, `\n \n${sentence(r, i).replace(/ over /, ' over \n')} \n \n`);

/** One variant of a sample letter. */
export const varyLetter = (text: string, style: 'word' | 'pdf', i: number): string => {
  const r = rng(i + 1);
  let out = text
    .replace(/\bnr\. (\d+)/g, () => `nr. ${1 + Math.floor(r() * 400)}`)
    .replace(
      /\b(\d{1,2}) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/g,
      () => `${1 + Math.floor(r() * 28)} ${pick(r, MONTHS)}`,
    )
    .replace(/\b(kabinet|steun|belangrijk|Rusland|militaire|partners|inzet)\b/g, (w) => pick(r, SWAPS[w]!));
  out = style === 'word' ? varyWord(out, r, i) : varyPdf(out, r, i);
  return out;
};

export interface GeneratedMeta {
  file: string;
  date: string;
  kind: string;
  signatories: string[];
}

/** Writes `count` letters into `dir` (100 per subfolder) and returns the metadata to put in a sidecar. */
export const generateCorpus = async (sampleDir: string, dir: string, count: number): Promise<GeneratedMeta[]> => {
  const names = (await readdir(sampleDir)).filter((n) => n.endsWith('.txt')).sort();
  const samples = await Promise.all(names.map(async (n) => ({ name: n, text: await readFile(join(sampleDir, n), 'utf8') })));
  const meta: GeneratedMeta[] = [];
  for (let i = 0; i < count; i++) {
    const sample = samples[i % samples.length]!;
    const style = sample.name.startsWith('002') ? 'pdf' : 'word';
    const sub = `d${String(Math.floor(i / 100)).padStart(3, '0')}`;
    const file = `${sub}/${String(i).padStart(5, '0')}_${sample.name}`;
    if (i % 100 === 0) await mkdir(join(dir, sub), { recursive: true });
    await writeFile(join(dir, file), varyLetter(sample.text, style, i));
    const r = rng(i + 7);
    const date = `${2020 + Math.floor(r() * 6)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    meta.push({ file, date, kind: pick(r, KINDS), signatories: [pick(r, SIGNERS), pick(r, SIGNERS)] });
  }
  return meta;
};
