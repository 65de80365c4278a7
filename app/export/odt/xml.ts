/** Escapes text for an XML attribute or element (the five predefined entities; ODF 1.3 is XML 1.0). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`);
}

/** Whether XML 1.0 allows the character (§2.2 Char): tab, LF, CR and U+0020 up, less U+FFFE/U+FFFF. */
const allowedInXml = (char: string): boolean =>
  char >= ' ' ? char !== '\ufffe' && char !== '\uffff' : char === '\t' || char === '\n' || char === '\r';

/**
 * Text as ODF paragraph content (ODF 1.3 Part 3 §6.1.2–6.1.5): white space in XML text collapses,
 * so a run of spaces beyond the first is `<text:s text:c="n"/>`, a tab `<text:tab/>` and a `\n`
 * (a soft line break in the editor) `<text:line-break/>`. Characters XML 1.0 forbids are dropped.
 */
export function odfText(text: string): string {
  let out = '';
  for (const piece of [...text]
    .filter(allowedInXml)
    .join('')
    .split(/( {2,}|\t|\n)/)) {
    if (piece === '\t') out += '<text:tab/>';
    else if (piece === '\n') out += '<text:line-break/>';
    else if (/^ {2,}$/.test(piece)) out += ` <text:s text:c="${piece.length - 1}"/>`;
    else out += escapeXml(piece);
  }
  // A space at the start or end of a paragraph's text would be dropped too.
  return out.replace(/^ /, '<text:s/>').replace(/ $/, '<text:s/>');
}
