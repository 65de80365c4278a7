import { strToU8, zipSync } from 'fflate';

/**
 * Builds small .docx files from hand-written XML parts, for the quirks Word produces and pandoc
 * or LibreOffice do not. Body strings are the inside of `<w:body>`, note strings the inside of
 * `<w:footnotes>`/`<w:endnotes>`, and so on; the namespaces and relationships are added here.
 */

export const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml"';

export interface DocxParts {
  body: string;
  footnotes?: string;
  endnotes?: string;
  numbering?: string;
  styles?: string;
  comments?: string;
  settings?: string;
  header?: string;
  footer?: string;
  core?: string;
  /** Extra document relationships, e.g. hyperlinks: `<Relationship Id=… />`. */
  rels?: string;
  mainContentType?: string;
  /** Raw parts added or replaced as given. */
  raw?: Record<string, string | Uint8Array>;
}

const DOC_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const wrap = (root: string, inner: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} ${NS}>${inner}</w:${root}>`;

/** A paragraph of plain runs: `p('Tekst')`. */
export const p = (...runs: string[]) => `<w:p>${runs.map((r) => (r.startsWith('<') ? r : run(r))).join('')}</w:p>`;
/** A run holding text (spaces preserved). */
export const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
export const fnRef = (id: number | string) => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;
export const enRef = (id: number | string) => `<w:r><w:endnoteReference w:id="${id}"/></w:r>`;
/** A note of `kind` (`footnote`/`endnote`) with body paragraphs. */
export const note = (kind: string, id: number | string, ...paras: string[]) =>
  `<w:${kind} w:id="${id}">${paras.map((t, i) => `<w:p>${i === 0 ? `<w:r><w:${kind}Ref/></w:r>` : ''}${run(t)}</w:p>`).join('')}</w:${kind}>`;
/** Word's separator notes, with the ids Word gives them. */
export const separators = (kind: string, ids: [number, number] = [-1, 0]) =>
  `<w:${kind} w:type="separator" w:id="${ids[0]}"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}>` +
  `<w:${kind} w:type="continuationSeparator" w:id="${ids[1]}"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`;

/** The .docx bytes for `parts`. */
export const makeDocx = (parts: DocxParts): Uint8Array => {
  const files: Record<string, Uint8Array> = {};
  const rels: string[] = [];
  const overrides: string[] = [`<Override PartName="/word/document.xml" ContentType="${parts.mainContentType ?? DOC_TYPE}"/>`];
  const add = (key: keyof DocxParts, root: string, type: string) => {
    const inner = parts[key];
    if (typeof inner !== 'string') return;
    files[`word/${key}.xml`] = strToU8(wrap(root, inner));
    rels.push(`<Relationship Id="rId${key}" Type="${REL}/${type}" Target="${key}.xml"/>`);
  };
  add('footnotes', 'footnotes', 'footnotes');
  add('endnotes', 'endnotes', 'endnotes');
  add('numbering', 'numbering', 'numbering');
  add('styles', 'styles', 'styles');
  add('comments', 'comments', 'comments');
  add('settings', 'settings', 'settings');
  add('header', 'hdr', 'header');
  add('footer', 'ftr', 'footer');
  files['word/document.xml'] = strToU8(wrap('document', `<w:body>${parts.body}</w:body>`));
  files['word/_rels/document.xml.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}${parts.rels ?? ''}</Relationships>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  if (parts.core)
    files['docProps/core.xml'] = strToU8(
      `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${parts.core}</cp:coreProperties>`,
    );
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  for (const [name, content] of Object.entries(parts.raw ?? {})) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
};
