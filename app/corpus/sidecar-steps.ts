import { z } from 'zod';

import { DossierError } from '../ipc/errors';
import { issueMessage } from '../ipc/issue-message';
import { message } from '../ipc/messages';
import { parseSidecar, parseSidecarJson, type Sidecar, type SidecarEntry, SidecarEntrySchema } from './sidecar';

/** Entries validated between two pauses of parseSidecarSteps. */
const STEP = 64;

/** The sidecar's outer shape only: `letters` an array, its entries checked one by one after. */
const OuterSchema = z.looseObject({ letters: z.array(z.unknown()) });

/**
 * parseSidecar in steps: yields after every few dozen entries, so a caller can give the event
 * loop a turn in between (at 100,000 entries validating in one piece blocks for most of a
 * second). Returns the same sidecar parseSidecar returns (same key order, defaults filled in) and
 * throws the same DossierError (`sidecar-invalid`) with the same keyed message: JSON syntax, the
 * first invalid entry's first issue (`metadata.json.letters[i]…`), then the first duplicate file.
 * The JSON itself is parsed in one piece (JSON.parse cannot be sliced).
 */
export function* parseSidecarSteps(text: string): Generator<void, Sidecar> {
  const data = parseSidecarJson(text);
  yield;
  const outer = OuterSchema.safeParse(data);
  // Not an object or no `letters` array: the whole-file check gives the same (outer) issue.
  if (!outer.success) return parseSidecar(text);
  const letters: SidecarEntry[] = [];
  for (const [index, input] of outer.data.letters.entries()) {
    const result = SidecarEntrySchema.safeParse(input);
    if (!result.success) {
      const issue = issueMessage(result.error, `metadata.json.letters[${index}]`);
      throw new DossierError('sidecar-invalid', message('sidecar.bad-shape', { issue }));
    }
    letters.push(result.data);
    if (letters.length % STEP === 0) yield;
  }
  const files = new Set<string>();
  for (const entry of letters) {
    if (files.has(entry.file)) throw new DossierError('sidecar-invalid', message('sidecar.duplicate', { file: entry.file }));
    files.add(entry.file);
    if (files.size % (STEP * 16) === 0) yield;
  }
  return { ...outer.data, letters };
}
