import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { removeStaleTemporaries, saveWithBackup } from '../../../main/briefing/atomic-save';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'dossier-atomic-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('saveWithBackup', () => {
  it('writes the new text and keeps exactly the previous text as .bak', async () => {
    const path = join(work, 'nota.dossier');
    await saveWithBackup(path, 'een');
    await saveWithBackup(path, 'twee');
    await saveWithBackup(path, 'drie');
    expect(readdirSync(work).sort()).toEqual(['nota.dossier', 'nota.dossier.bak']);
    expect([readText(path), readText(`${path}.bak`)]).toEqual(['drie', 'twee']);
  });
});

describe('removeStaleTemporaries', () => {
  it('removes leftovers of killed saves once stale, and nothing else', async () => {
    const path = join(work, 'nota.dossier');
    const now = new Date('2026-01-21T12:00:00Z');
    const old = new Date('2026-01-21T11:00:00Z');
    for (const name of [
      'nota.dossier',
      'nota.dossier.bak',
      'nota.dossier.1234567890',
      'nota.dossier.save.42.8.tmp',
      'nota.dossier.bak.42.7.tmp',
      'nota.dossier.2222',
      'andere.dossier.1234',
      'nota.dossier.notities',
    ]) {
      writeFileSync(join(work, name), 'x');
      utimesSync(join(work, name), old, old);
    }
    utimesSync(join(work, 'nota.dossier.2222'), now, now); // a save in progress right now
    // Only Dossier's own temporaries go; `nota.dossier.1234567890` merely looks like one (finding 10).
    expect((await removeStaleTemporaries(path, now)).sort()).toEqual(['nota.dossier.bak.42.7.tmp', 'nota.dossier.save.42.8.tmp']);
    expect(readdirSync(work).sort()).toEqual([
      'andere.dossier.1234',
      'nota.dossier',
      'nota.dossier.1234567890',
      'nota.dossier.2222',
      'nota.dossier.bak',
      'nota.dossier.notities',
    ]);
    expect(existsSync(path)).toBe(true);
  });
});

const readText = (path: string): string => readFileSync(path, 'utf8');
