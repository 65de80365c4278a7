import type { BodyBlock, Briefing, ListItem } from '../../briefing/model';
import { nfcBriefing } from './nfc';

/**
 * The briefing as every exporter (Word, OpenDocument, PDF) and the page count set it: every
 * string in NFC (`nfcBriefing`), and list items left empty — no text but white space, no note
 * reference — left out, a list with no items left out with them. A template's placeholder item
 * ("Kernpunten" with one empty bullet) that the user did not fill in prints no lone bullet or
 * number; a filled item keeps its number, counted among the printed items only. Everything else
 * is kept as it is, empty paragraphs too (they may be deliberate space). Throws nothing.
 */
export function exportBriefing(input: Briefing): Briefing {
  const briefing = nfcBriefing(input);
  if (!briefing.body.some(hasEmptyItem)) return briefing;
  const body: BodyBlock[] = [];
  for (const block of briefing.body) {
    if (block.type !== 'list' || !hasEmptyItem(block)) body.push(block);
    else {
      const items = block.items.filter((item) => !isEmptyItem(item));
      if (items.length > 0) body.push({ ...block, items });
    }
  }
  return { ...briefing, body };
}

const hasEmptyItem = (block: BodyBlock): boolean => block.type === 'list' && block.items.some(isEmptyItem);

const isEmptyItem = (item: ListItem): boolean => item.children.every((inline) => inline.type === 'text' && inline.text.trim() === '');
