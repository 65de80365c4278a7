import { z } from 'zod';

import { message, type MessageKey, renderMessage } from './messages';
import { MESSAGES } from './messages/table';

// Zod's own messages in Dutch (its `nl` locale), for every schema of every process that formats
// them: each process that shows a schema problem imports this module before it parses anything.
z.config(z.locales.nl());

/**
 * The first schema problem of a zod error in Dutch, naming the field as a path under `root`:
 * `het veld "briefing.body[2].parts[0].text" ontbreekt (…)` or `… is ongeldig (…)`, the zod
 * message in brackets. With an empty `root` the path starts at the first key (`kinds[0]`); an
 * issue on the value itself names `root`, or "het verzoek" when `root` is empty. The one
 * formatter for zod errors shown in Dutch only (.dossier files, metadata.json); issueMessage
 * (./issue-message.ts) gives the same as a keyed message for either language (IPC requests).
 */
export function describeIssue(error: z.ZodError, root = ''): string {
  const issue = error.issues[0];
  if (!issue) return 'onbekende fout';
  const path = issue.path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    root,
  );
  const problem = issue.code === 'invalid_type' && /(received|ontving) undefined/.test(issue.message) ? 'ontbreekt' : 'is ongeldig';
  // A check may name a key of the message table as its message (PublicationUrlSchema, the sidecar's date).
  const text = Object.hasOwn(MESSAGES, issue.message) ? renderMessage(message(issue.message as MessageKey), 'nl') : issue.message;
  return path ? `het veld "${path}" ${problem} (${text})` : `het verzoek ${problem} (${text})`;
}
