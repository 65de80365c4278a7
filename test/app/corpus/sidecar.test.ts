import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { applySidecar, parseSidecar, serializeSidecar, updateSidecarEntry } from '../../../app/corpus';
import { DossierError } from '../../../app/ipc/errors';
import { parseSample, SAMPLE_DIR } from './samples';

const shipped = () => parseSidecar(readFileSync(`${SAMPLE_DIR}metadata.json`, 'utf8'));

describe('sidecar metadata.json', () => {
  it('parses the shipped sidecar of the sample corpus', () => {
    const sidecar = shipped();
    expect(sidecar.letters.map((e) => e.file)).toEqual([
      '000_b4e4b4ff528499ed.txt',
      '001_57334ae9a84e2305.txt',
      '002_5a2fb29aceb06802.txt',
      '003_edbfe19a925e505f.txt',
      '004_ea691d26e1781c0b.txt',
    ]);
    expect(sidecar.letters[2]!.zaak).toBe('2025Z15788');
  });

  it('lets sidecar values override inferred ones and adds kamerstuk/zaak/request keys', () => {
    const sidecar = shipped();
    const l002 = applySidecar(parseSample('002'), sidecar);
    expect(l002.date).toBe('2025-09-10');
    expect(l002.kind).toBe('Kamerbrief');
    expect(l002.signatories).toEqual([
      { name: 'D.M. van Weel', function: 'minister van Buitenlandse Zaken' },
      { name: 'R.P. Brekelmans', function: 'minister van Defensie' },
    ]);
    expect(l002.references).toEqual(['Kamerstuk 36 045, nr. 215', '2025Z15788']);
    expect(l002.keys).toEqual(['kst-36045-215', 'zaak-2025Z15788']);
    const l004 = applySidecar(parseSample('004'), sidecar);
    expect(l004.date).toBeNull();
    expect(l004.keys).toEqual(['zaak-2026Z02395']);
    const l003 = applySidecar(parseSample('003'), sidecar);
    expect(l003.references).toEqual(['BZ2519785', '2025Z15748']);
    expect(l003.keys).toEqual(['ref-BZ2519785', 'zaak-2025Z15748']);
  });

  it('accepts signatories as objects and the optional title/ministry/references', () => {
    const sidecar = parseSidecar(
      JSON.stringify({
        letters: [
          {
            file: '000_b4e4b4ff528499ed.txt',
            title: 'Stand van zaken Coalition of the Willing',
            ministry: 'Ministerie van Buitenlandse Zaken',
            references: ['Kamerstuk 36 045, nr. 264'],
            signatories: [
              {
                name: 'D.M. van Weel',
                function: 'minister van Buitenlandse Zaken',
              },
              'Ruben Brekelmans',
            ],
          },
        ],
      }),
    );
    const letter = applySidecar(parseSample('000'), sidecar);
    expect(letter.title).toBe('Stand van zaken Coalition of the Willing');
    expect(letter.ministry).toBe('Ministerie van Buitenlandse Zaken');
    expect(letter.references).toEqual(['Kamerstuk 36 045, nr. 264']);
    expect(letter.keys).toEqual(['kst-36045-264']);
    expect(letter.signatories).toEqual([
      { name: 'D.M. van Weel', function: 'minister van Buitenlandse Zaken' },
      { name: 'Ruben Brekelmans', function: '' },
    ]);
  });

  it('rejects invalid sidecars with a Dutch DossierError', () => {
    expect(() => parseSidecar('{ niet json')).toThrow(DossierError);
    expect(() => parseSidecar('{ niet json')).toThrow(/metadata\.json is geen geldige JSON/);
    expect(() => parseSidecar('{"letters": [{"file": "a.txt", "date": "6 januari 2026"}]}')).toThrow(
      'metadata.json heeft niet de verwachte opbouw: het veld "metadata.json.letters[0].date" is ongeldig (verwacht een datum als JJJJ-MM-DD).',
    );
    expect(() => parseSidecar('{"brieven": []}')).toThrow(/het veld "metadata\.json\.letters" ontbreekt/);
    expect(() => parseSidecar('{"letters": [{"file": "a.txt"}, {"file": "a.txt"}]}')).toThrow(
      'metadata.json noemt het bestand a.txt meer dan eens.',
    );
  });

  it('writes edits back, keeping other fields, and round-trips through parse', () => {
    const sidecar = shipped();
    const updated = updateSidecarEntry(sidecar, '004_ea691d26e1781c0b.txt', {
      date: '2026-02-20',
      title: 'Staat van de Oorlog in Europa',
      signatories: [{ name: 'D.M. van Weel', function: 'minister van Buitenlandse Zaken' }],
    });
    const entry = parseSidecar(serializeSidecar(updated)).letters.find((e) => e.file === '004_ea691d26e1781c0b.txt')!;
    expect(entry).toMatchObject({
      date: '2026-02-20',
      title: 'Staat van de Oorlog in Europa',
      request: '2026Z02395',
      signatories: ['D.M. van Weel, minister van Buitenlandse Zaken'],
    });
    expect(entry.evidence).toMatch(/^004 is sent ahead of the debate/);
    expect(sidecar.letters[4]!.date).toBeNull();
    const added = updateSidecarEntry(sidecar, 'nieuw/brief.txt', {
      kind: 'Kamerbrief',
    });
    expect(added.letters[5]).toEqual({
      file: 'nieuw/brief.txt',
      kind: 'Kamerbrief',
    });
    expect(() => updateSidecarEntry(sidecar, 'x.txt', { date: '20-02-2026' })).toThrow(DossierError);
  });
});
