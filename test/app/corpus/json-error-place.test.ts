import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { jsonErrorOffset } from '../../../app/corpus/json-error-place';
import { parseSidecar } from '../../../app/corpus/sidecar';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonErrorOffset', () => {
  it('finds the first fault', () => {
    expect(jsonErrorOffset('[1,,2]')).toBe(3);
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset('{"a":1}}')).toBe(7);
    expect(jsonErrorOffset('{"a": "b\nc"}')).toBe(8);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('{"letters": [')).toBe(13);
    expect(jsonErrorOffset(' {"a": [1, {"b": null}]} ')).toBeNull();
  });

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(fc.property(fc.json(), (text) => jsonErrorOffset(text) === null));
    fc.assert(
      fc.property(fc.string(), (text) => parses(text) === (jsonErrorOffset(text) === null)),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 2 }), (json, at, junk) => {
        const text = json.slice(0, at % (json.length + 1)) + junk + json.slice(at % (json.length + 1));
        return parses(text) === (jsonErrorOffset(text) === null);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('sidecar input (issue 16, item 8)', () => {
  it('reads a sidecar with a byte-order mark', () => {
    expect(parseSidecar('\uFEFF{"letters": [{"file": "a.txt", "title": "T"}]}').letters).toEqual([{ file: 'a.txt', title: 'T' }]);
  });

  it('says where the JSON is broken without quoting the text', () => {
    const broken = '{"letters": [\n  {"file": "a.txt", "wachtwoord": zwaardvis}\n]}';
    expect(() => parseSidecar(broken)).toThrow('metadata.json is geen geldige JSON (regel 2, teken 35).');
    expect(() => parseSidecar('geheim')).toThrow('metadata.json is geen geldige JSON (regel 1, teken 1).');
  });
});
