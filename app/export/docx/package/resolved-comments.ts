import { commentIdToParaId } from 'docx';

import type { PackageParts } from './word-package';

const PART = 'word/commentsExtended.xml';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml';
const RELATIONSHIP = 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended';

/**
 * Marks comments `done` (their numeric `w:id`s) resolved when the `docx` library wrote no
 * word/commentsExtended.xml: it writes one only when some comment is a reply (`parentId`), so a
 * resolved comment in a document without replies would lose its state. Writes what Word writes
 * ([MS-DOCX] commentsExtended, `w15:commentEx w15:paraId … w15:done="1"`): the `w14:paraId` (and
 * `w14:textId`) on the comment's last paragraph, as docx numbers them (`commentIdToParaId`, below
 * 0x80000000 as Word requires), the part, its relationship from document.xml and its content type.
 * Changes nothing when there is nothing to mark or the part exists already.
 */
export function markResolvedComments(parts: PackageParts, done: readonly number[]): void {
  const comments = parts.get('word/comments.xml');
  if (done.length === 0 || comments === undefined || parts.has(PART)) return;
  const marked = new Set(done);
  const paraIds: string[] = [];
  const withIds = comments.replace(/<w:comment\b[^>]*\bw:id="(\d+)"[^>]*>.*?<\/w:comment>/gs, (comment, id: string) => {
    if (!marked.has(Number(id))) return comment;
    const paraId = commentIdToParaId(Number(id));
    const last = Math.max(comment.lastIndexOf('<w:p>'), comment.lastIndexOf('<w:p '));
    if (last < 0) return comment;
    paraIds.push(paraId);
    return `${comment.slice(0, last + 4)} w14:paraId="${paraId}" w14:textId="${paraId}"${comment.slice(last + 4)}`;
  });
  if (paraIds.length === 0) return;
  parts.set('word/comments.xml', withIds);
  parts.set(
    PART,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<w15:commentsEx xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15">' +
      paraIds.map((paraId) => `<w15:commentEx w15:paraId="${paraId}" w15:done="1"/>`).join('') +
      '</w15:commentsEx>',
  );
  const rels = parts.get('word/_rels/document.xml.rels');
  if (rels !== undefined) {
    parts.set(
      'word/_rels/document.xml.rels',
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rIdCommentsExtended" Type="${RELATIONSHIP}" Target="commentsExtended.xml"/></Relationships>`,
      ),
    );
  }
  const types = parts.get('[Content_Types].xml');
  if (types !== undefined) {
    parts.set('[Content_Types].xml', types.replace('</Types>', `<Override ContentType="${CONTENT_TYPE}" PartName="/${PART}"/></Types>`));
  }
}
