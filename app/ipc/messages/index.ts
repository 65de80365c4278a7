export type { Language, Message, MessageParams } from './message';
export { LANGUAGES } from './message';
export { isMessage, message, renderMessage } from './render';
export type { MessageKey } from './table';
