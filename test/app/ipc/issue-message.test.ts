import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { contract } from '../../../app/ipc/contract';
import { describeIssue } from '../../../app/ipc/describe-issue';
import type { DossierError } from '../../../app/ipc/errors';
import { issueMessage } from '../../../app/ipc/issue-message';
import { renderMessage } from '../../../app/ipc/messages';

const schema = z.strictObject({ kinds: z.array(z.string()).max(2), query: z.string().max(5), mode: z.enum(['a', 'b']) });
const both = (error: z.ZodError, root = '') => ({
  nl: renderMessage(issueMessage(error, root), 'nl'),
  en: renderMessage(issueMessage(error, root), 'en'),
});

describe('issueMessage: zod issues as keyed messages in Dutch and English', () => {
  it('names the field and says what was expected, wholly in the chosen language', () => {
    expect(both(schema.safeParse({ kinds: [3], query: 'x', mode: 'a' }).error!, 'verzoek')).toEqual({
      nl: 'het veld "verzoek.kinds[0]" is ongeldig (verwacht tekst)',
      en: 'the field "verzoek.kinds[0]" is invalid (expected text)',
    });
    expect(both(schema.safeParse({ kinds: [], mode: 'a' }).error!)).toEqual({
      nl: 'het veld "query" ontbreekt (verwacht tekst)',
      en: 'the field "query" is missing (expected text)',
    });
    expect(both(schema.safeParse({ kinds: [], query: 'te lang', mode: 'a' }).error!).en).toBe(
      'the field "query" is invalid (at most 5 characters)',
    );
    expect(both(schema.safeParse({ kinds: ['a', 'b', 'c'], query: '', mode: 'a' }).error!).nl).toBe(
      'het veld "kinds" is ongeldig (ten hoogste 2 elementen)',
    );
    expect(both(schema.safeParse({ kinds: [], query: '', mode: 'c' }).error!).en).toBe(
      'the field "mode" is invalid (expected one of: "a", "b")',
    );
    expect(both(schema.safeParse({ kinds: [], query: '', mode: 'a', extra: 1 }).error!).en).toBe(
      'the request is invalid (unknown fields: "extra")',
    );
    expect(both(schema.safeParse(7).error!).en).toBe('the request is invalid (expected an object)');
  });

  it('a custom check that names a message key shows that message (the publication link rule)', () => {
    const error = contract.openExternal.request.safeParse({ url: 'https://example.org/' }).error!;
    expect(renderMessage(issueMessage(error), 'en')).toMatch(/^the field "url" is invalid \(only a link to an official publication/);
    expect(describeIssue(error)).toMatch(/^het veld "url" is ongeldig \(alleen een link naar een officiële publicatie/);
  });
});

describe('metadata.json problems in either language', () => {
  it('keeps the Dutch text and says the same in English', async () => {
    const { parseSidecar } = await import('../../../app/corpus/sidecar');
    const failure = (text: string) => {
      try {
        parseSidecar(text);
      } catch (error) {
        return error as DossierError;
      }
      throw new Error('parsed');
    };
    const date = failure('{"letters": [{"file": "a.txt", "date": "6-1-2026"}]}');
    expect(date.message).toBe(
      'metadata.json heeft niet de verwachte opbouw: het veld "metadata.json.letters[0].date" is ongeldig (verwacht een datum als JJJJ-MM-DD).',
    );
    expect(date.toIpc('en').message).toBe(
      'metadata.json does not have the expected structure: the field "metadata.json.letters[0].date" is invalid (expected a date as YYYY-MM-DD).',
    );
    expect(failure('{\n  "letters": x').toIpc('en').message).toBe('metadata.json is not valid JSON (line 2, character 14).');
  });
});

describe('quote-check messages in either language', () => {
  it('every quote.* key renders in both languages', async () => {
    const { QUOTE_MESSAGES } = await import('../../../app/ipc/messages/table-quotes');
    const params = { file: 'Kamerbrief', alinea: '3', note: '2' };
    expect(QUOTE_MESSAGES['quote.paragraph-changed'].en(params)).toBe(
      'The quoted text from paragraph 3 of "Kamerbrief" no longer matches the letter.',
    );
    expect(QUOTE_MESSAGES['quote.faithful'].nl()).toBe('Het citaat klopt met de brief.');
  });
});
