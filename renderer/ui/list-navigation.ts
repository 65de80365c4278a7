/**
 * The next active index in a list of `count` options for a navigation key (ArrowDown/Up move by
 * one and stop at the ends, Home/End jump, PageDown/PageUp move by 10); null for any other key.
 * From nothing active (-1), ArrowDown goes to the first option and ArrowUp to the last.
 */
export function nextIndex(key: string, active: number, count: number): number | null {
  if (count === 0) return null;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'ArrowDown':
      return active < 0 ? 0 : clamp(active + 1);
    case 'ArrowUp':
      return active < 0 ? count - 1 : clamp(active - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return clamp(active + 10);
    case 'PageUp':
      return clamp(active - 10);
    default:
      return null;
  }
}
