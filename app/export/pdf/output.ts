import type PDFDocument from 'pdfkit';

/**
 * Collects the document's output stream into one Uint8Array (pdfkit emits 'data' chunks,
 * then 'end' once the cross-reference table and trailer are written). Call before drawing.
 */
export function collectOutput(doc: PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    doc.on('data', (chunk) => {
      chunks.push(chunk);
      length += chunk.length;
    });
    doc.on('error', reject);
    doc.on('end', () => {
      const bytes = new Uint8Array(length);
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(bytes);
    });
  });
}
