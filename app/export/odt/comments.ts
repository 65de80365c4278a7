import type { Annotation, CommentReply } from '../../briefing/model';
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

/**
 * The comment's `office:annotation`, then one per reply at the same place, as LibreOffice writes a
 * thread (ODF 1.3 has no threads or resolved state; these are LibreOffice's extension):
 * `loext:parent-name` names the comment's `office:name` (read by recent LibreOffice, 25.8 reported),
 * and `loext:resolved="true"` marks a resolved thread, on the comment and its replies. A reply has
 * no range of its own (no `office:annotation-end`). LibreOffice 7.4 keeps the resolved state but
 * shows each reply as a comment of its own at the same place; other ODF readers ignore both.
 */
function annotationXml(annotation: Annotation, name: string): string {
  const resolved = annotation.resolved ? ' loext:resolved="true"' : '';
  const replies = (annotation.replies ?? []).map(
    (reply, index) =>
      `<office:annotation office:name="${name}-${index + 1}" loext:parent-name="${name}"${resolved}>${entryXml(reply)}</office:annotation>`,
  );
  return `<office:annotation office:name="${name}"${resolved}>${entryXml(annotation)}</office:annotation>${replies.join('')}`;
}

/** Author, date and text of a comment or reply. */
function entryXml(entry: Annotation | CommentReply): string {
  const date = odfDate(entry.date);
  const body = noteParagraphs(entry.text)
    .map((line) => `<text:p text:style-name="${ODT_STYLE.comment}">${odfText(line)}</text:p>`)
    .join('');
  return `<dc:creator>${escapeXml(entry.author)}</dc:creator>${date ? `<dc:date>${date}</dc:date>` : ''}${body}`;
}
