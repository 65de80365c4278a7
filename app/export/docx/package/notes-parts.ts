/**
 * The separator (`w:type="separator"`) and continuation-separator notes of footnotes.xml or
 * endnotes.xml as Word writes them (ECMA-376 Part 1 §17.11.23): one paragraph holding only the
 * `w:separator` / `w:continuationSeparator` run. The `docx` library also puts a note reference
 * mark (`w:footnoteRef` / `w:endnoteRef` in the FootnoteReference style) before it; Word removes
 * that mark when it repairs a file, and public reports tie it to the "unreadable content" dialog.
 * Ordinary notes keep their mark.
 */
export function separatorsOnly(xml: string, kind: 'footnote' | 'endnote'): string {
  const note = new RegExp(`<w:${kind} w:type="(?:separator|continuationSeparator)"[^>]*>.*?</w:${kind}>`, 'gs');
  const mark = new RegExp(`<w:r>(?:<w:rPr>.*?</w:rPr>)?<w:${kind}Ref/></w:r>`, 'g');
  return xml.replace(note, (separator) => separator.replace(mark, ''));
}

/**
 * settings.xml with the document-wide note properties Word writes whenever the package has note
 * parts (ECMA-376 Part 1 §17.11.11/§17.11.12, CT_Settings): `w:footnotePr` and `w:endnotePr`
 * listing the separator notes (ids -1 and 0) by id, placed before `w:compat` as the schema's
 * sequence requires; and `w:themeFontLang` in `languageTag` (BCP 47: nl-NL by default, en-GB for
 * an English briefing) after it. Idempotent.
 */
export function settingsAsWordWrites(xml: string, footnotes: boolean, endnotes: boolean, languageTag = 'nl-NL'): string {
  let out = xml;
  const notePr = (kind: string) => `<w:${kind}Pr><w:${kind} w:id="-1"/><w:${kind} w:id="0"/></w:${kind}Pr>`;
  const before =
    (footnotes && !out.includes('<w:footnotePr>') ? notePr('footnote') : '') +
    (endnotes && !out.includes('<w:endnotePr>') ? notePr('endnote') : '');
  if (before)
    out = out.includes('<w:compat>')
      ? out.replace('<w:compat>', `${before}<w:compat>`)
      : out.replace('</w:settings>', `${before}</w:settings>`);
  if (!out.includes('<w:themeFontLang')) {
    const lang = `<w:themeFontLang w:val="${languageTag}"/>`;
    out = out.includes('</w:compat>')
      ? out.replace('</w:compat>', `</w:compat>${lang}`)
      : out.replace('</w:settings>', `${lang}</w:settings>`);
  }
  return out;
}
