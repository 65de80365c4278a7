import { type Message, renderMessage } from '../ipc/messages';
import type { CorpusError } from './types';

/**
 * The corpus problem entry for `file` (its corpus key): the keyed reason `problem` (a key of
 * app/ipc/messages, e.g. `problem.too-large` or `docx.damaged`) with its Dutch text as `message`
 * (what the command line prints and older readers show). Throws for a key the table lacks.
 */
export const corpusError = (file: string, problem: Message): CorpusError => ({ file, message: renderMessage(problem, 'nl'), problem });
