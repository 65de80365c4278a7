import type { TextInline } from '../../briefing/model';

/** Automatic text styles of content.xml for bold and italic (their names are kept from before version 2). */
export const SPAN = { bold: 'T_Vet', italic: 'T_Cursief', boldItalic: 'T_VetCursief', superscript: 'T_Superschrift' } as const;

type RunFormat = Pick<TextInline, 'bold' | 'italic' | 'underline' | 'strikethrough' | 'subscript' | 'superscript'>;

const SCRIPTS = [undefined, 'sub', 'super'] as const;

/** The automatic text style of a run's formats, e.g. `T_Vet_Onderstreept_Super`; undefined for plain text. */
export function spanStyle(format: RunFormat): string | undefined {
  const base = format.bold ? (format.italic ? SPAN.boldItalic : SPAN.bold) : format.italic ? SPAN.italic : 'T';
  const name =
    base +
    (format.underline ? '_Onderstreept' : '') +
    (format.strikethrough ? '_Doorgehaald' : '') +
    (format.subscript ? '_Sub' : format.superscript ? '_Super' : '');
  return name === 'T' ? undefined : name;
}

/**
 * The declarations of every style spanStyle names beyond the three bold/italic ones (ODF 1.3
 * Part 3 §20: fo:font-weight, fo:font-style, style:text-underline-style, style:text-line-through-style,
 * style:text-position `sub|super 58%`), for content.xml's office:automatic-styles. Unused ones are
 * harmless; declaring all keeps the part's bytes independent of the briefing.
 */
export function formatSpanStylesXml(): string {
  let xml = '';
  for (const bold of [false, true])
    for (const italic of [false, true])
      for (const underline of [false, true])
        for (const strikethrough of [false, true])
          for (const script of SCRIPTS) {
            if (!underline && !strikethrough && !script) continue;
            const name = spanStyle({
              bold,
              italic,
              underline,
              strikethrough,
              subscript: script === 'sub',
              superscript: script === 'super',
            });
            const properties = [
              bold ? 'fo:font-weight="bold"' : '',
              italic ? 'fo:font-style="italic"' : '',
              underline
                ? 'style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"'
                : '',
              strikethrough ? 'style:text-line-through-style="solid" style:text-line-through-type="single"' : '',
              script ? `style:text-position="${script} 58%"` : '',
            ].filter(Boolean);
            xml += `<style:style style:name="${name}" style:family="text"><style:text-properties ${properties.join(' ')}/></style:style>`;
          }
  return xml;
}
