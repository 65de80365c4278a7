import { z } from 'zod';

import type { Message, MessageParams } from './message';

/**
 * A keyed message as data (`{key, params}`, see ./message.ts): what crosses IPC and is stored
 * where the text must be shown later in the reader's language (a corpus problem, a letter's
 * warnings). `key` names an entry of the message table (./table.ts); `params` holds text, numbers
 * or nested messages. The key is not checked against the table here: a reader of an older or newer
 * stored message falls back (see renderMessageOr).
 */
export const MessageSchema: z.ZodType<Message> = z.lazy(() =>
  z.object({
    key: z.string().min(1).max(100),
    params: z.record(z.string(), z.union([z.string(), z.number(), MessageSchema])) as z.ZodType<MessageParams>,
  }),
);
