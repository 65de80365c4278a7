import { normalizeTerm } from './search-text';

/**
 * One person, whatever form of the name a letter uses (issue 21.3): `R.P. Brekelmans`,
 * `Ruben Brekelmans` and `mr. R. Brekelmans` are one signatory; `J. Brekelmans` is another.
 * A name is read as titles (dropped), given names or initials, and the surname with its
 * particles (`van der`, `De`); two names are one person when their surnames are the same (case
 * and accents aside) and the initials of one begin those of the other.
 */

/** A name as the comparison sees it: the initials (`['R', 'P']`; `IJ` is one Dutch initial) and the folded surname. */
export interface PersonName {
  initials: string[];
  surname: string;
  /** Whether the name writes a given name out (`Ruben`) rather than initials. */
  givenName: boolean;
}

/** Academic and courtesy titles before a name (Dutch and English), with or without a full stop. */
const TITLE = /^(?:(?:mr|mrs|ms|dr|drs|ir|ing|prof|ds|dhr|mw|mevr|bc|jhr|jkvr)\.?)+$/i;
const COURTESY = new Set(['de heer', 'mevrouw', 'heer', 'jonkheer']);
/** Initials: `R.`, `R.P.`, `Th.`, `IJ.`, or a lone capital. */
const INITIALS = /^(?:(?:IJ|\p{Lu}\p{Ll}?)\.)+$|^\p{Lu}$/u;

const initialOf = (part: string): string => (/^IJ/i.test(part) ? 'IJ' : part.charAt(0).toUpperCase());

/**
 * Reads a signatory's name; null when no surname is left (an empty string, titles only). Given
 * names are written out only before the surname: `Ruben Brekelmans` is given name `Ruben`, surname
 * `brekelmans`; `Hanke Bruins Slot` is `Hanke` + `bruins slot`.
 */
export function personName(name: string): PersonName | null {
  let tokens = name.normalize('NFC').replace(/,.*$/s, '').trim().split(/\s+/).filter(Boolean);
  while (tokens.length > 0 && (TITLE.test(tokens[0]!) || COURTESY.has(tokens.slice(0, 2).join(' ').toLowerCase()))) {
    tokens = tokens.slice(COURTESY.has(tokens.slice(0, 2).join(' ').toLowerCase()) ? 2 : 1);
  }
  const initials: string[] = [];
  while (tokens.length > 1 && INITIALS.test(tokens[0]!)) {
    for (const part of tokens.shift()!.split('.').filter(Boolean)) initials.push(initialOf(part));
  }
  let givenName = false;
  if (initials.length === 0 && tokens.length > 1 && /^\p{Lu}\p{Ll}/u.test(tokens[0]!)) {
    initials.push(initialOf(tokens.shift()!));
    givenName = true;
  }
  const surname = normalizeTerm(tokens.join(' ')).replace(/\s*-\s*/g, '-');
  return surname ? { initials, surname, givenName } : null;
}

/** Whether two read names can be one person: same surname, and the initials of one begin the other's. */
export function samePerson(a: PersonName, b: PersonName): boolean {
  if (a.surname !== b.surname) return false;
  const n = Math.min(a.initials.length, b.initials.length);
  return a.initials.slice(0, n).every((initial, i) => initial === b.initials[i]);
}

/** One signatory and every form of the name the letters use for them. */
export interface SignatoryGroup {
  /** The form shown: one with the given name written out, else the one with the most initials, else the most used. */
  label: string;
  /** Every form, as written in the letters. */
  names: string[];
}

/**
 * Groups signatory names (repeats allowed; each counts as a use) into people by `samePerson`. A
 * name joins the first group whose every name it can be one person with, fuller names first, so
 * `R. Brekelmans` joins `R.P. Brekelmans` while `R.Q. Brekelmans` stays apart. Names without a
 * surname are their own group. Groups come in the order of their labels (Dutch collation).
 */
export function groupSignatories(names: readonly string[]): SignatoryGroup[] {
  const uses = new Map<string, number>();
  for (const name of names) if (name.trim()) uses.set(name, (uses.get(name) ?? 0) + 1);
  const read = [...uses.keys()].map((name) => ({ name, person: personName(name) }));
  const fullness = (p: PersonName | null) => (p ? p.initials.length * 2 + (p.givenName ? 1 : 0) : -1);
  read.sort((a, b) => fullness(b.person) - fullness(a.person) || (uses.get(b.name) ?? 0) - (uses.get(a.name) ?? 0));
  const groups: Array<Array<{ name: string; person: PersonName | null }>> = [];
  for (const entry of read) {
    const { person } = entry;
    const home = person && groups.find((group) => group.every((other) => other.person && samePerson(person, other.person)));
    if (home) home.push(entry);
    else groups.push([entry]);
  }
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  const labelOf = (group: typeof read) =>
    [...group].sort(
      (a, b) =>
        Number(b.person?.givenName ?? false) - Number(a.person?.givenName ?? false) ||
        (b.person?.initials.length ?? 0) - (a.person?.initials.length ?? 0) ||
        (uses.get(b.name) ?? 0) - (uses.get(a.name) ?? 0) ||
        collator.compare(a.name, b.name),
    )[0]!.name;
  return groups
    .map((group) => ({ label: labelOf(group), names: group.map((entry) => entry.name).sort(collator.compare) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
