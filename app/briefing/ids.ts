/** Makes ids unique within one briefing: `<prefix>1`, `<prefix>2`, … (deterministic, for the CLI and tests). */
export function counterIds(prefix = 'n', start = 1): () => string {
  let next = start;
  return () => `${prefix}${next++}`;
}
