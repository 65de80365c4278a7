import { describe, expect, it } from 'vitest';

import { groupSignatories, personName, samePerson } from '../../../app/corpus/signatory-name';

describe('one signatory whatever the form of the name', () => {
  it('reads titles, initials or a given name, and the surname with its particles', () => {
    expect(personName('R.P. Brekelmans')).toEqual({ initials: ['R', 'P'], surname: 'brekelmans', givenName: false });
    expect(personName('Ruben Brekelmans')).toEqual({ initials: ['R'], surname: 'brekelmans', givenName: true });
    expect(personName('mr. R. Brekelmans')).toEqual({ initials: ['R'], surname: 'brekelmans', givenName: false });
    expect(personName('prof.dr. D.M. van Weel')).toEqual({ initials: ['D', 'M'], surname: 'van weel', givenName: false });
    expect(personName('De heer Th. IJ. Yeşilgöz-Zegerius')).toEqual({
      initials: ['T', 'IJ'],
      surname: 'yesilgoz-zegerius',
      givenName: false,
    });
    expect(personName('Hanke Bruins Slot')).toEqual({ initials: ['H'], surname: 'bruins slot', givenName: true });
    expect(personName('mr.')).toBeNull();
  });

  it('takes R.P. Brekelmans, Ruben Brekelmans and mr. R. Brekelmans as one person; conflicting initials stay apart', () => {
    const [rp, ruben, mr, j] = ['R.P. Brekelmans', 'Ruben Brekelmans', 'mr. R. Brekelmans', 'J. Brekelmans'].map((n) => personName(n)!);
    expect(samePerson(rp!, ruben!)).toBe(true);
    expect(samePerson(mr!, rp!)).toBe(true);
    expect(samePerson(j!, ruben!)).toBe(false);
    expect(samePerson(personName('R.P. Brekelmans')!, personName('R.Q. Brekelmans')!)).toBe(false);
    expect(samePerson(personName('D.M. van Weel')!, personName('D. van der Weel')!)).toBe(false);
  });

  it('groups the names of a corpus into people, labelled by the fullest form', () => {
    const names = [
      'R.P. Brekelmans',
      'D.M. van Weel',
      'Ruben Brekelmans',
      'mr. R. Brekelmans',
      'D.M. van Weel',
      'J. Brekelmans',
      'Caspar Veldkamp',
    ];
    expect(groupSignatories(names)).toEqual([
      { label: 'Caspar Veldkamp', names: ['Caspar Veldkamp'] },
      { label: 'D.M. van Weel', names: ['D.M. van Weel'] },
      { label: 'J. Brekelmans', names: ['J. Brekelmans'] },
      { label: 'Ruben Brekelmans', names: ['mr. R. Brekelmans', 'R.P. Brekelmans', 'Ruben Brekelmans'] },
    ]);
    // A bare initial between two people with conflicting initials joins one of them, never both.
    const groups = groupSignatories(['R.P. Brekelmans', 'R.Q. Brekelmans', 'R. Brekelmans']);
    expect(groups).toHaveLength(2);
    expect(groups.flatMap((group) => group.names).sort()).toEqual(['R. Brekelmans', 'R.P. Brekelmans', 'R.Q. Brekelmans']);
  });
});
