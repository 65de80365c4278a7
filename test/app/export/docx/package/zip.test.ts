import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { briefingToDocx } from '../../../../../app/export/docx';
import { nodeDeflater } from '../../../../../main/export/deflate';
import { sampleBriefing } from '../fixture';

const now = new Date('2026-01-09T10:00:00Z');

describe('the .docx zipped with Node zlib (main hands app/ its deflater)', () => {
  it('holds the same parts, in the same order, as the fflate-zipped package', async () => {
    const native = unzipSync(await briefingToDocx(sampleBriefing(), { now, deflater: nodeDeflater }));
    const fflate = unzipSync(await briefingToDocx(sampleBriefing(), { now }));
    expect(Object.keys(native)).toEqual(Object.keys(fflate));
    expect(Object.keys(native)[0]).toBe('[Content_Types].xml');
    for (const name of Object.keys(fflate)) expect(strFromU8(native[name]!), name).toBe(strFromU8(fflate[name]!));
  });

  it('is a valid zip to Info-ZIP (CRCs, sizes, central directory) and byte-equal for equal input', async () => {
    const bytes = await briefingToDocx(sampleBriefing(), { now, deflater: nodeDeflater });
    expect(await briefingToDocx(sampleBriefing(), { now, deflater: nodeDeflater })).toEqual(bytes);
    const path = join(mkdtempSync(join(tmpdir(), 'dossier-zip-')), 'native.docx');
    writeFileSync(path, bytes);
    expect(execFileSync('unzip', ['-t', path], { encoding: 'utf8' })).toMatch(/No errors detected/);
  });
});
