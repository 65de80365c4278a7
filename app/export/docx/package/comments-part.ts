const MARK = '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>';

/**
 * comments.xml as Word writes it (ECMA-376 Part 1 §17.13.4.2): each comment's first paragraph
 * opens with the annotation mark run (`w:annotationRef` in the CommentReference style), which
 * the `docx` library leaves out. Idempotent.
 */
export function commentsAsWordWrites(xml: string): string {
  return xml.replace(/<w:comment [^>]*>.*?<\/w:comment>/gs, (comment) =>
    comment.includes('<w:annotationRef/>') ? comment : comment.replace(/(<w:p(?:\s[^>]*)?>(?:<w:pPr>.*?<\/w:pPr>)?)/s, `$1${MARK}`),
  );
}
