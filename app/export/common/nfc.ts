import type { Briefing } from '../../briefing/model';

/**
 * A copy of `briefing` with every string in it (text, notes, comments, properties, table cells)
 * in Unicode Normalization Form C, so own text typed decomposed (`e` + U+0308) is exported
 * composed, as letters are read: the one place each exporter (Word, OpenDocument, PDF)
 * normalises its input. Plain data only (the briefing model is JSON); strings already in NFC and
 * everything that is not a string are kept as they are. Throws nothing.
 */
export function nfcBriefing(briefing: Briefing): Briefing {
  return nfc(briefing) as Briefing;
}

function nfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(nfc);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = nfc(item);
    return out;
  }
  return value;
}
