import { describe, expect, it } from 'vitest';

import { fieldsOf, parseSignatory, patchOf } from '../../../renderer/reader/meta-form';

describe('metadata form', () => {
  it('round-trips signatories and references through the text fields', () => {
    const meta = {
      title: 'Stand van zaken Coalition of the Willing',
      date: '2026-01-06',
      kind: 'Kamerbrief',
      ministry: null,
      references: ['Kamerstuk 36 045, nr. 264', 'BZ2519785'],
      signatories: [
        { name: 'D.M. van Weel', function: 'minister van Buitenlandse Zaken' },
        { name: 'Ruben Brekelmans', function: '' },
      ],
    };
    const fields = fieldsOf(meta);
    expect(fields.signatories).toBe('D.M. van Weel, minister van Buitenlandse Zaken\nRuben Brekelmans');
    expect(patchOf(fields)).toEqual(meta);
  });

  it('turns empty fields into null and drops blank lines and a malformed date', () => {
    expect(patchOf({ title: '  ', date: '6 januari', kind: '', ministry: ' Defensie ', references: '\n  \nA\n', signatories: '' })).toEqual(
      { title: null, date: null, kind: null, ministry: 'Defensie', references: ['A'], signatories: [] },
    );
  });

  it('splits a signatory at the first comma only', () => {
    expect(parseSignatory('R.P. Brekelmans, minister van Defensie, mede namens')).toEqual({
      name: 'R.P. Brekelmans',
      function: 'minister van Defensie, mede namens',
    });
  });
});
