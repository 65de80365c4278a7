import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { compileDocument } from '../../../../../app/export/docx/package/compile';

const text = (data: string | Uint8Array) => (typeof data === 'string' ? data : strFromU8(data));

describe('compileDocument', () => {
  it('gives the parts Packer.pack zips, overrides in place, without zipping', async () => {
    const make = () => new Document({ sections: [{ children: [new Paragraph('Tekst')] }] });
    const override = { path: 'docProps/core.xml', data: '<cp:coreProperties/>' };
    const compiled = await compileDocument(make(), [override]);
    const packed = unzipSync(await Packer.pack(make(), 'uint8array', false, [override]));
    expect([...compiled.keys()].sort()).toEqual(Object.keys(packed).sort());
    for (const [name, data] of compiled) expect(text(data), name).toBe(strFromU8(packed[name] as Uint8Array));
    expect(compiled.get('docProps/core.xml')).toBe(override.data);
  });
});
