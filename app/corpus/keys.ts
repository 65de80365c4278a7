import { extractCitations } from './citations';

/**
 * Normalised keys under which a letter can be cited, from one of its own references:
 * the citation keys found in it (`Kamerstuk 36 045, nr. 264` → `kst-36045-264`,
 * `2025Z15788` → `zaak-2025Z15788`); a reference without a citation form (a ministry's own
 * reference such as `BZ2519785`) becomes `ref-BZ2519785`.
 */
export const referenceKeys = (reference: string): string[] => {
  const found = extractCitations(reference).map((c) => c.key);
  if (found.length > 0) return [...new Set(found)];
  const compact = reference.replace(/\s+/g, '');
  return compact ? [`ref-${compact}`] : [];
};

/** Keys of several references, de-duplicated in order. */
export const keysOf = (references: readonly string[]): string[] => [...new Set(references.flatMap(referenceKeys))];
