/** The interface languages: Dutch (the default) and English. */
export type Language = 'nl' | 'en';

export const LANGUAGES = ['nl', 'en'] as const satisfies readonly Language[];

/** A message's parameters: plain text, numbers, or a nested message rendered in the same language. */
export type MessageParams = Readonly<Record<string, string | number | Message>>;

/** A keyed message for the user: rendered in the interface language only when it is shown. */
export interface Message {
  readonly key: string;
  readonly params: MessageParams;
}

/** A message's text in each language, built from its (already rendered) parameters. */
export type MessageText = Readonly<Record<Language, (p: Readonly<Record<string, string>>) => string>>;

/** A table of messages: key → text per language (see ./table.ts). */
export type MessageTable = Readonly<Record<string, MessageText>>;
