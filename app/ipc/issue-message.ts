import type { z } from 'zod';

import { type Message, message, type MessageKey } from './messages';
import { MESSAGES } from './messages/table';

type Issue = z.core.$ZodIssue;

const TYPES: Readonly<Record<string, MessageKey>> = {
  string: 'issue.type.string',
  number: 'issue.type.number',
  int: 'issue.type.int',
  boolean: 'issue.type.boolean',
  array: 'issue.type.array',
  object: 'issue.type.object',
};

const list = (values: readonly unknown[]): string =>
  values
    .slice(0, 8)
    .map((v) => (typeof v === 'string' ? `"${v}"` : String(v)))
    .join(', ');

/** Sizes counted in characters (`string`) or items (`array`, `set`); anything else is a value bound. */
const bound = (origin: string, limit: number, inclusive: boolean, kind: 'max' | 'min'): Message => {
  if (origin === 'string') return message(kind === 'max' ? 'issue.max-chars' : 'issue.min-chars', { limit });
  if (origin === 'array' || origin === 'set') return message(kind === 'max' ? 'issue.max-items' : 'issue.min-items', { limit });
  if (kind === 'max') return message(inclusive ? 'issue.max' : 'issue.below', { limit });
  return message(inclusive ? 'issue.min' : 'issue.above', { limit });
};

/**
 * What is wrong with one zod issue as a keyed detail (`issue.*`, app/ipc/messages/table-issues.ts):
 * the expected type, a size or value bound, a format, the allowed values, unknown keys. A check
 * whose message is a key of the message table (`issue.publication-url`, `issue.date-format`)
 * gives that message; any other custom message gives `issue.invalid-value` (its own text is not
 * shown: it may be in either language).
 */
export function issueDetail(issue: Issue): Message {
  if (Object.hasOwn(MESSAGES, issue.message)) return message(issue.message as MessageKey);
  switch (issue.code) {
    case 'invalid_type': {
      const key = TYPES[issue.expected];
      return message('issue.expected', { type: key ? message(key) : message('issue.type.other', { name: String(issue.expected) }) });
    }
    case 'too_big':
      return bound(issue.origin, Number(issue.maximum), issue.inclusive !== false, 'max');
    case 'too_small':
      return bound(issue.origin, Number(issue.minimum), issue.inclusive !== false, 'min');
    case 'invalid_format':
      return message('issue.format', { format: issue.format });
    case 'invalid_value':
      return message('issue.one-of', { values: list(issue.values) });
    case 'unrecognized_keys':
      return message('issue.unknown-keys', { keys: list(issue.keys) });
    case 'not_multiple_of':
      return message('issue.multiple-of', { limit: Number(issue.divisor) });
    default:
      return message('issue.invalid-value');
  }
}

/** A missing value: zod reports it as invalid_type with the input undefined (`received undefined`, Dutch `ontving undefined`). */
const isMissing = (issue: Issue): boolean => issue.code === 'invalid_type' && /(received|ontving) undefined/.test(issue.message);

/**
 * The first schema problem of a zod error as a keyed message, the keyed counterpart of
 * describeIssue (./describe-issue.ts) with the same path rule: the field as a path under `root`
 * (`briefing.body[2].parts[0].text`; with an empty root from the first key), `issue.field-missing`
 * or `issue.field-invalid` with the issue's detail (issueDetail); an issue on the value itself
 * `issue.request-invalid`. Never zod's own wording, so it renders wholly in either language.
 */
export function issueMessage(error: z.ZodError, root = ''): Message {
  const issue = error.issues[0];
  if (!issue) return message('issue.unknown');
  const path = issue.path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    root,
  );
  const detail = issueDetail(issue);
  if (!path) return message('issue.request-invalid', { detail });
  return message(isMissing(issue) ? 'issue.field-missing' : 'issue.field-invalid', { path, detail });
}
