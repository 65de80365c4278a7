import { parseDutchDate } from '../dates';
import { keysOf } from '../keys';
import type { RawParagraph } from '../raw-paragraph';
import type { Letter, Publication } from '../types';

/**
 * The masthead of an official publication of parliamentary papers (FORMATS.md: "Official
 * publications of parliamentary papers carry a masthead (chamber, parliamentary year, dossier
 * and number, kind of paper)"), read from the first paragraphs of page 1:
 * `Tweede Kamer der Staten-Generaal`, `Vergaderjaar 2023–2024`, `Aanhangsel van de Handelingen`,
 * `36 045 Situatie in Oekraïne` (dossier and its title), `Nr. 215 BRIEF VAN DE MINISTER …` (number
 * and kind), `Den Haag, 12 maart 2024` (sent), `(ingezonden 2 september 2025)` /
 * `(ontvangen 20 september 2025)`. Recognised only with a chamber line and a year line near the
 * top; the masthead paragraphs (chamber, year, series, dossier and number lines, the addressee
 * `Aan de Voorzitter van de Tweede Kamer …`) are removed. An Aanhangsel van de Handelingen states
 * its number alone on a line under `Vragen gesteld door de leden der Kamer, met de daarop door de
 * regering gegeven antwoorden` (or glued to that line's end by an extractor): both go, the number
 * into `number`; its subject is what the questions are `over`: `Vragen van het lid Jansen (VVD)
 * aan de Minister van Defensie over de bescherming van het NAVO-luchtruim (ingezonden …).` gives
 * the title `De bescherming van het NAVO-luchtruim`.
 */

const CHAMBER = /^(Tweede|Eerste) Kamer der Staten-Generaal\b/i;
const YEAR = /^Vergaderjaar (\d{4})\s*[–-]\s*(\d{4})\b/i;
const SERIES = /^(Aanhangsel van de Handelingen|Handelingen|Kamerstukken?)$/i;
const DOSSIER = /^(\d{2} \d{3}(?:[- ][A-Z]{1,4}|-\d{1,2})?)(?:\s+(.{3,200}))?$/;
const NUMBER = /^Nr\.\s*(\d{1,5})\s*(.*)$/i;
const ADDRESSEE = /^Aan de Voorzitter van de (?:Tweede|Eerste) Kamer der Staten-Generaal$/i;
const SENT = /^(?:Den Haag|'s-Gravenhage),?\s+(\d{1,2} \p{L}+ \d{4})/iu;
const QUESTIONS_ASKED = /^Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden(?:\s+(\d{1,5}))?$/i;
const ALONE = /^\d{1,5}$/;
/** The subject of written questions: `Vragen van het lid … over <subject> (ingezonden …)`. */
const SUBJECT = /^Vragen van (?:het lid|de leden) [^]*? over ([^]+?)\s*\((?:ingezonden|ontvangen) \d/i;
const MAX_LINES = 12;

const capitalise = (text: string) => (text === text.toUpperCase() ? text.charAt(0) + text.slice(1).toLowerCase() : text);

/**
 * The masthead's facts and the paragraphs without it; `publication` null when there is none;
 * `title` the subject of an Aanhangsel's questions, first letter capitalised, else null.
 */
export const readMasthead = <P extends RawParagraph>(
  paragraphs: P[],
): { publication: Publication | null; paragraphs: P[]; title: string | null } => {
  const head = paragraphs.slice(0, MAX_LINES).map((p) => p.text.trim());
  const chamberAt = head.findIndex((t) => CHAMBER.test(t));
  const yearAt = head.findIndex((t) => YEAR.test(t));
  if (chamberAt < 0 || yearAt < 0) return { publication: null, paragraphs, title: null };
  const year = YEAR.exec(head[yearAt]!)!;
  const pub: Publication = {
    chamber: `${CHAMBER.exec(head[chamberAt]!)![1]!.replace(/^./, (c: string) => c.toUpperCase())} Kamer`,
    year: `${year[1]}–${year[2]}`,
    series: null,
    dossier: null,
    dossierTitle: null,
    number: null,
    kind: null,
    sent: null,
    received: null,
  };
  const drop = new Set([chamberAt, yearAt]);
  head.forEach((t, i) => {
    if (ADDRESSEE.test(t)) drop.add(i);
    else if (pub.series && /^Aanhangsel/i.test(pub.series) && QUESTIONS_ASKED.test(t)) {
      pub.number = QUESTIONS_ASKED.exec(t)![1] ?? pub.number;
      drop.add(i);
    } else if (
      pub.series &&
      /^Aanhangsel/i.test(pub.series) &&
      !pub.number &&
      ALONE.test(t) &&
      /^(?:Aanhangsel|Vragen gesteld)/i.test(head[i - 1] ?? '')
    ) {
      pub.number = t;
      drop.add(i);
    } else if (SERIES.test(t)) {
      pub.series = t;
      drop.add(i);
    } else if (!pub.dossier && DOSSIER.test(t) && i <= Math.max(chamberAt, yearAt) + 3) {
      const m = DOSSIER.exec(t)!;
      pub.dossier = m[1]!;
      pub.dossierTitle = m[2]?.trim() ?? null;
      drop.add(i);
    } else if (!pub.number && NUMBER.test(t)) {
      const m = NUMBER.exec(t)!;
      pub.number = m[1]!;
      pub.kind = m[2] ? capitalise(m[2].trim()) : null;
      drop.add(i);
    } else if (!pub.sent && SENT.test(t)) pub.sent = parseDutchDate(t);
  });
  let title: string | null = null;
  for (const p of paragraphs.slice(0, 40)) {
    const subject: RegExpExecArray | null = pub.series && /^Aanhangsel/i.test(pub.series) && !title ? SUBJECT.exec(p.text.trim()) : null;
    if (subject) title = subject[1]!.replace(/\s+/g, ' ').replace(/^\p{Ll}/u, (c: string) => c.toUpperCase());
    const sent = /\(ingezonden (\d{1,2} \p{L}+ \d{4})\)/iu.exec(p.text);
    const received = /\(ontvangen (\d{1,2} \p{L}+ \d{4})\)/iu.exec(p.text);
    if (sent && !pub.sent) pub.sent = parseDutchDate(sent[1]!);
    if (received && !pub.received) pub.received = parseDutchDate(received[1]!);
  }
  return { publication: pub, paragraphs: paragraphs.filter((_, i) => !drop.has(i)), title };
};

/**
 * The letter with its publication facts: `publication` set, and the letter's own title (`title`,
 * else the dossier's), date and kind filled from it where the text gave none; the paper's own
 * Kamerstuk becomes a reference. The date of answers in the Aanhangsel is the day they were
 * received (`ontvangen`), not the day the questions were sent in.
 */
export const withPublication = (letter: Letter, pub: Publication | null, title: string | null = null): Letter => {
  if (!pub) return letter;
  const own = pub.dossier && pub.number ? `Kamerstuk ${pub.dossier}, nr. ${pub.number}` : null;
  const references = own && !letter.references.includes(own) ? [...letter.references, own] : letter.references;
  return {
    ...letter,
    publication: pub,
    title: letter.title ?? title ?? pub.dossierTitle,
    date: letter.date ?? (pub.series && /^Aanhangsel/i.test(pub.series) ? (pub.received ?? pub.sent) : (pub.sent ?? pub.received)),
    kind: letter.kind ?? pub.series ?? pub.kind,
    references,
    keys: keysOf(references),
  };
};
