import type { BodyBlock, Briefing } from '../../../../app/briefing/model';
import { notaTemplate } from '../../../../app/briefing/nota/nota-template';

const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/** Enough text under a section to take most of a page. */
const longText = (section: string) =>
  Array.from({ length: 9 }, (_, index) =>
    paragraph(
      `${section} alinea ${index + 1}: de Nederlandse inzet voor Oekraïne blijft onverminderd, met steun voor herstel, wederopbouw en de strafrechtelijke vervolging van oorlogsmisdrijven; het kabinet informeert de Kamer over de voortgang in de Raad.`,
    ),
  );

/**
 * A filled Beslisnota over three pages or more: the title block filled in (date ISO), two numbered
 * decisions, long sections, Kopie aan and Bijlagen, and a classification marking.
 */
export function filledBeslisnota(classification = 'Departementaal vertrouwelijk'): Briefing {
  const nota = notaTemplate('beslisnota');
  nota.properties = {
    ...nota.properties,
    to: 'Minister van Buitenlandse Zaken',
    from: 'Directie Europa',
    date: '2026-01-20',
    reference: 'BZ-2026-0042',
    subject: 'Steun aan Oekraïne',
    classification,
    copyTo: 'pSG, DCO',
    attachments: 'Kamerbrief 36 045, nr. 264',
  };
  nota.body = nota.body.flatMap((block): BodyBlock[] => {
    if (block.type === 'list' && block.ordered) {
      return [
        {
          type: 'list',
          ordered: true,
          items: [
            { children: [{ type: 'text', text: 'Instemmen met de inzet' }] },
            { children: [{ type: 'text', text: 'De Kamer informeren' }] },
          ],
        },
      ];
    }
    if (block.type === 'paragraph' || block.type === 'list') return [];
    const title = block.type === 'heading' ? block.children.map((c) => (c.type === 'text' ? c.text : '')).join('') : '';
    return title === 'Beslispunten' ? [block] : [block, ...longText(title)];
  });
  return nota;
}

/** The sections of a Beslisnota, in order. */
export const BESLISNOTA_SECTIONS = ['Beslispunten', 'Aanleiding', 'Kernpunten', 'Toelichting'];
