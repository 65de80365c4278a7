import { type RawParagraph, stripSentinelChars, trimParagraph } from './raw-paragraph';
import type { Footnote, NoteAnchor } from './types';

/**
 * Parser for text extracted from Word by Apache Tika (shared/corpus/FORMATS.md, "Text extracted
 * from Word"). A paragraph is a line; `[footnoteRef:N]`/`[endnoteRef:N]` mark references; the
 * bodies of the notes referenced in a paragraph follow it as ` [N: body] `, in reference order,
 * and may contain `]`, `[` and newlines. Bodies are therefore found by the ids referenced in the
 * paragraph, never by the first `]`: body k ends where `[id(k+1):` starts; the last body ends at
 * the first `]` closing a line that is followed by a blank line (Tika's extra blank line), else at
 * the first `]` closing a line, else at the end of the line.
 *
 * Other markers: `[bookmark: …]` dropped; `[image: ALT]` dropped (the text stays a verbatim
 * quote source; alt texts are not part of the letter's wording); `\tComment by AUTHOR: …`
 * removed up to the end of the paragraph; a line `!!! End note with ID "N" not found in
 * document.` is dropped and note N keeps empty text.
 */

export interface WordParse {
  paragraphs: RawParagraph[];
  footnotes: Footnote[];
}

/** How far a note body may reach from its start (bounds the search work per note). */
const MAX_BODY = 20_000;

const INLINE_MARKER =
  /\[(footnoteRef|endnoteRef):(\d{1,9})\]|\[bookmark: [^\]\n]{0,500}\]|\[image: [^\]\n]{0,2000}\]|\tComment by [^\n]*$/g;
const REF = /\[(footnoteRef|endnoteRef):(\d{1,9})\]/g;
/** Word numbers footnotes and endnotes separately; their ids get distinct prefixes. */
const noteId = (kind: string, num: string): string => `${kind === 'endnoteRef' ? 'en' : 'fn'}${num}`;
const MISSING_LINE = /^\s*!!! End note with ID "(\d{1,9})" not found in document\.\s*$/;
const missingText = (id: string): string => `!!! End note with ID "${id}" not found in document.`;

/** Removes inline markers from a paragraph, recording note anchors at the marker positions. */
const stripMarkers = (line: string): RawParagraph => {
  let text = '';
  const notes: NoteAnchor[] = [];
  let last = 0;
  for (const m of line.matchAll(INLINE_MARKER)) {
    text += line.slice(last, m.index);
    if (m[1] !== undefined && m[2] !== undefined) notes.push({ footnote: noteId(m[1], m[2]), offset: text.length });
    last = m.index + m[0].length;
  }
  text += line.slice(last);
  return { text, notes };
};

/** Cleans a note body: markers out, lines right-trimmed, whole trimmed; inner newlines kept. */
const cleanBody = (raw: string): string =>
  stripMarkers(raw)
    .text.split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();

/** Where note `num`'s body starts (`[num:` or the missing-note message), searching [from, limit). */
const findBodyStart = (text: string, num: string, from: number, limit: number) => {
  const window = text.slice(from, Math.min(limit, text.length));
  const open = `[${num}:`;
  const body = window.indexOf(open);
  const missing = window.indexOf(missingText(num));
  if (body >= 0 && (missing < 0 || body < missing))
    return {
      at: from + body,
      contentAt: from + body + open.length,
      missing: false,
    };
  if (missing >= 0)
    return {
      at: from + missing,
      contentAt: from + missing + missingText(num).length,
      missing: true,
    };
  return null;
};

/** End (index of the closing `]`) of the last body in a paragraph's run of bodies. */
const findLastBodyEnd = (text: string, from: number): number => {
  const limit = Math.min(text.length, from + MAX_BODY);
  let firstAtLineEnd = -1;
  let i = text.indexOf(']', from);
  while (i >= 0 && i < limit) {
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
    if (j >= text.length) return i;
    if (text[j] === '\n') {
      if (firstAtLineEnd < 0) firstAtLineEnd = i;
      let k = j + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
      if (k >= text.length || text[k] === '\n') return i;
    }
    i = text.indexOf(']', i + 1);
  }
  if (firstAtLineEnd >= 0) return firstAtLineEnd;
  const eol = text.indexOf('\n', from);
  return eol < 0 ? text.length : eol;
};

/** Parses Tika's Word text into paragraphs (markers removed) and footnotes numbered as printed. */
export const parseWordText = (input: string): WordParse => {
  const text = stripSentinelChars(input.startsWith(' ') ? input.slice(1) : input);
  const paragraphs: RawParagraph[] = [];
  const bodies = new Map<string, string>();
  const order: string[] = [];
  const seen = new Set<string>();
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const eol = nl < 0 ? text.length : nl;
    const line = text.slice(pos, eol);
    const missing = MISSING_LINE.exec(line);
    if (missing) {
      for (const id of [`fn${missing[1]}`, `en${missing[1]}`]) if (!bodies.has(id)) bodies.set(id, '');
      pos = eol + 1;
      continue;
    }
    const refs = new Map<string, string>();
    let lastRefEnd = 0;
    for (const m of line.matchAll(REF)) {
      if (!refs.has(m[2]!)) refs.set(m[2]!, noteId(m[1]!, m[2]!));
      lastRefEnd = m.index + m[0].length;
    }
    let paraEnd = eol;
    let next = eol + 1;
    const unique = [...refs.keys()];
    const first = unique.length > 0 ? findBodyStart(text, unique[0]!, pos + lastRefEnd, eol) : null;
    if (first) {
      paraEnd = first.at;
      let current = first;
      let id = refs.get(unique[0]!)!;
      for (let k = 0; ; k++) {
        const following =
          k + 1 < unique.length ? findBodyStart(text, unique[k + 1]!, current.contentAt, current.contentAt + MAX_BODY) : null;
        if (current.missing) {
          if (!bodies.has(id)) bodies.set(id, '');
        } else {
          const end = following ? text.lastIndexOf(']', following.at) : findLastBodyEnd(text, current.contentAt);
          const bodyEnd = end >= current.contentAt ? end : (following?.at ?? current.contentAt);
          if (!bodies.has(id)) bodies.set(id, cleanBody(text.slice(current.contentAt, bodyEnd)));
          if (!following) {
            const after = text.indexOf('\n', bodyEnd);
            next = after < 0 ? text.length : after + 1;
          }
        }
        if (!following) {
          if (current.missing) {
            const after = text.indexOf('\n', current.contentAt);
            next = after < 0 ? text.length : after + 1;
          }
          break;
        }
        current = following;
        id = refs.get(unique[k + 1]!)!;
      }
    }
    const para = trimParagraph(stripMarkers(text.slice(pos, paraEnd)));
    for (const n of para.notes) {
      if (seen.has(n.footnote)) continue;
      seen.add(n.footnote);
      order.push(n.footnote);
    }
    if (para.text.length > 0 || para.notes.length > 0) paragraphs.push(para);
    pos = Math.max(next, eol + 1);
  }
  const footnotes = order.map((id, i) => ({
    id,
    label: String(i + 1),
    text: bodies.get(id) ?? '',
  }));
  return { paragraphs, footnotes };
};
