import type { Language, Message, MessageParams } from './message';
import { type MessageKey, MESSAGES } from './table';

/**
 * A keyed message (`{key, params}`) for `message()` to fill in later. `key` must be one of the
 * table's (./table.ts); a nested message among the params is rendered in the same language.
 */
export function message(key: MessageKey, params: MessageParams = {}): Message {
  return { key, params };
}

export const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' && value !== null && typeof (value as Message).key === 'string' && 'params' in value;

/**
 * The text of `message` in `language`: the table's template for its key with the parameters
 * filled in (numbers as written, nested messages rendered first). Throws for a key the table lacks
 * (a programming error; the key type prevents it at compile time).
 */
export function renderMessage(message: Message, language: Language): string {
  const text = MESSAGES[message.key as MessageKey];
  if (!text) throw new Error(`Unknown message: ${message.key}`);
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.params)) {
    params[name] = typeof value === 'object' ? renderMessage(value, language) : String(value);
  }
  return text[language](params);
}

/**
 * The text of `message` in `language`, or `fallback` when the message is absent or its key (or a
 * nested key) is not in this table (a message stored by another version of Dossier). Never throws.
 */
export function renderMessageOr(message: Message | null | undefined, language: Language, fallback: string): string {
  if (!message) return fallback;
  try {
    return renderMessage(message, language);
  } catch {
    return fallback;
  }
}
