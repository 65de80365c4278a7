/** A fresh id for a passage, note or annotation: unique within a briefing (random, not a counter, so
 * ids from different sessions or pasted content do not collide). */
export function newId(prefix: string): string {
  return `${prefix}-${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
}
