import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { describeIssue } from '../../../app/ipc/describe-issue';
import { ErrorCodeSchema } from '../../../app/ipc/error-codes';
import { windowTitle } from '../../../app/ipc/window-title';

describe('describeIssue', () => {
  const schema = z.object({ kinds: z.array(z.string()), query: z.string() });
  it('names the field as a path under the root, or from the first key without one', () => {
    const error = schema.safeParse({ kinds: [3], query: 'x' }).error!;
    expect(describeIssue(error, 'verzoek')).toMatch(/^het veld "verzoek\.kinds\[0\]" is ongeldig \(/);
    expect(describeIssue(error)).toMatch(/^het veld "kinds\[0\]" is ongeldig/);
    expect(describeIssue(schema.safeParse({ kinds: [] }).error!)).toMatch(/^het veld "query" ontbreekt/);
    expect(describeIssue(schema.safeParse(7).error!)).toMatch(/^het verzoek is ongeldig/);
  });
});

describe('window title and error codes', () => {
  it('has one title format', () => {
    expect(windowTitle('Nota', true)).toBe('• Nota — Dossier');
    expect(windowTitle('Nota', false)).toBe('Nota — Dossier');
  });
  it('error codes are a closed list', () => {
    expect(ErrorCodeSchema.safeParse('forbidden').success).toBe(true);
    expect(ErrorCodeSchema.safeParse('whatever').success).toBe(false);
  });
});
