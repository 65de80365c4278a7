import type { List } from '../../briefing/model';
import { lowerLetter, lowerRoman } from '../../common/numerals';

/** Bullets per level (0–4), cycling as Word's default multilevel bullets do. */
export const LIST_BULLETS = ['•', '–', '◦', '•', '–'] as const;

/** Number formats per level (0–4): 1., a., i., then again. Names as in OOXML `w:numFmt`. */
export const LIST_NUMBER_FORMATS = ['decimal', 'lowerLetter', 'lowerRoman', 'decimal', 'lowerLetter'] as const;
export type ListNumberFormat = (typeof LIST_NUMBER_FORMATS)[number];

/** What the exports need of one list item: its depth, kind, number and the run ("sequence") it counts in. */
export interface ListItemMark {
  level: number;
  ordered: boolean;
  /** 1-based position within its sequence (also kept for bulleted items). */
  number: number;
  /**
   * 0-based id of the sequence of items counted together, unique within the list: all level-0
   * items form sequence 0; a nested run starts a new one.
   */
  sequence: number;
  /** The marker as shown: "•", "–", "◦" or "1.", "a.", "i.". */
  label: string;
}

/**
 * Markers of a flat list with levels, as Word numbering counts them: an item continues the count
 * of the previous item at its level unless a shallower item came in between (a sub-list that
 * returns to its parent level ends there) or that item had the other kind (bulleted vs numbered),
 * in both cases it starts a new sequence at 1. Level-0 items always have the list's kind.
 */
export function listItemMarks(list: List): ListItemMark[] {
  const open: Array<{ ordered: boolean; count: number; sequence: number } | undefined> = [];
  let sequences = 0;
  return list.items.map((item) => {
    const level = item.level ?? 0;
    const ordered = level === 0 ? list.ordered : (item.ordered ?? list.ordered);
    open.length = Math.min(open.length, level + 1);
    let current = open[level];
    if (current && current.ordered === ordered) current.count += 1;
    else {
      current = { ordered, count: 1, sequence: sequences++ };
      open[level] = current;
    }
    const label = ordered ? `${formatNumber(current.count, LIST_NUMBER_FORMATS[level] ?? 'decimal')}.` : (LIST_BULLETS[level] ?? '•');
    return { level, ordered, number: current.count, sequence: current.sequence, label };
  });
}

/** A count in an OOXML number format: 27 → "aa" (lowerLetter repeats the letter, as Word does), 4 → "iv". */
export function formatNumber(n: number, format: ListNumberFormat): string {
  if (format === 'lowerLetter') return lowerLetter(n);
  if (format === 'lowerRoman') return lowerRoman(n);
  return String(n);
}
