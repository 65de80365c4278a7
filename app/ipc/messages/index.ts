export type { Language, Message, MessageParams } from './message';
export { LANGUAGES } from './message';
export { MessageSchema } from './message-schema';
export { isMessage, message, renderMessage, renderMessageOr } from './render';
export type { MessageKey } from './table';
