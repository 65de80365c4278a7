import type { Annotation } from '../../briefing/model';
import { noteParagraphs } from '../common/note-paragraphs';
import { ODT_STYLE } from './styles';
import type { OdtParagraph } from './text';
import { escapeXml, odfText } from './xml';

/** An annotation's date as ODF writes it (xsd:dateTime, LibreOffice's form: no zone, no fraction), or none. */
function odfDate(date: string): string | undefined {
  const time = new Date(date);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString().slice(0, 19);
}

/**
 * Places the briefing's comments as ODF annotations (ODF 1.3 Part 3 §14.1): `office:annotation`
 * (author, date, text) before the first item carrying its id, `office:annotation-end` after the
 * last, so the range is the commented words (it may cross paragraphs). Annotations anchored
 * nowhere are left out, as in the Word export. Returns the paragraphs' XML in order.
 */
export function placeAnnotations(paragraphs: OdtParagraph[], annotations: Annotation[]): string[] {
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const first = new Map<string, string>();
  const last = new Map<string, string>();
  paragraphs.forEach((p, pi) =>
    p.items.forEach((item, ii) => {
      for (const id of item.comments) {
        if (!byId.has(id)) continue;
        if (!first.has(id)) first.set(id, `${pi}:${ii}`);
        last.set(id, `${pi}:${ii}`);
      }
    }),
  );
  const names = new Map([...first.keys()].map((id, index) => [id, `opmerking-${index + 1}`]));
  const starts = groupBy(first);
  const ends = groupBy(last);
  return paragraphs.map((p, pi) => {
    let xml = p.open;
    p.items.forEach((item, ii) => {
      for (const id of starts.get(`${pi}:${ii}`) ?? []) xml += annotationXml(byId.get(id) as Annotation, names.get(id) as string);
      xml += item.xml;
      for (const id of ends.get(`${pi}:${ii}`) ?? []) xml += `<office:annotation-end office:name="${names.get(id)}"/>`;
    });
    return xml + p.close;
  });
}

function groupBy(places: Map<string, string>): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const [id, place] of places) grouped.set(place, [...(grouped.get(place) ?? []), id]);
  return grouped;
}

function annotationXml(annotation: Annotation, name: string): string {
  const date = odfDate(annotation.date);
  const body = noteParagraphs(annotation.text)
    .map((line) => `<text:p text:style-name="${ODT_STYLE.comment}">${odfText(line)}</text:p>`)
    .join('');
  return `<office:annotation office:name="${name}"><dc:creator>${escapeXml(annotation.author)}</dc:creator>${date ? `<dc:date>${date}</dc:date>` : ''}${body}</office:annotation>`;
}
