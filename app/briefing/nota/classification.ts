/**
 * The classification markings (rubriceringen) of the Voorschrift Informatiebeveiliging Rijksdienst
 * Bijzondere Informatie (VIR-BI 2013, art. 5), lowest first, as the marking is printed in full at
 * the top and bottom of every page. The empty string is "none" (not classified).
 */
export const CLASSIFICATIONS = [
  'Departementaal vertrouwelijk',
  'Staatsgeheim Confidentieel',
  'Staatsgeheim Geheim',
  'Staatsgeheim Zeer Geheim',
] as const;

export type Classification = (typeof CLASSIFICATIONS)[number];

/**
 * Whether `value` is one of the listed markings (exactly, after trimming). A value typed freely in
 * an older file (e.g. "Dep. Vertrouwelijk") is not, and is kept and shown as it is.
 */
export function isListedClassification(value: string): value is Classification {
  return (CLASSIFICATIONS as readonly string[]).includes(value.trim());
}
