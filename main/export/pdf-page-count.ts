/**
 * The number of pages of a PDF the exporter (pdfkit) wrote: its page objects, `/Type /Page`
 * dictionaries (PDF 32000-1 §7.7.3.3), counted in the bytes. pdfkit writes no object streams, so
 * every page dictionary is plain text in the file; this is not a reader for PDFs from elsewhere.
 */
export function pdfPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
