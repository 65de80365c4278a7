import { describe, expect, it } from 'vitest';

import { nextIndex } from '../../../renderer/ui/list-navigation';

describe('nextIndex', () => {
  it('moves by one and stops at both ends', () => {
    expect(nextIndex('ArrowDown', -1, 3)).toBe(0);
    expect(nextIndex('ArrowDown', 1, 3)).toBe(2);
    expect(nextIndex('ArrowDown', 2, 3)).toBe(2);
    expect(nextIndex('ArrowUp', 0, 3)).toBe(0);
    expect(nextIndex('ArrowUp', -1, 3)).toBe(2);
  });

  it('jumps with Home, End and the page keys, and ignores other keys and empty lists', () => {
    expect(nextIndex('End', 0, 25)).toBe(24);
    expect(nextIndex('Home', 12, 25)).toBe(0);
    expect(nextIndex('PageDown', 20, 25)).toBe(24);
    expect(nextIndex('PageUp', 12, 25)).toBe(2);
    expect(nextIndex('Enter', 1, 3)).toBeNull();
    expect(nextIndex('ArrowDown', -1, 0)).toBeNull();
  });
});
