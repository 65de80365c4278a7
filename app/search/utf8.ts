/**
 * UTF-8 encoding and decoding with the runtime's own TextEncoder/TextDecoder (WHATWG Encoding
 * Standard; present in Node, Electron and every browser). app/ compiles without DOM and Node
 * typings, so the part used here is declared locally instead of through a global declaration
 * that would clash with @types/node in main/.
 */

/**
 * The part of the standard TextDecoder used here: decodes UTF-8, replacing invalid bytes with
 * U+FFFD; with `{stream: true}` a sequence cut at the end of `bytes` is kept for the next call.
 */
export interface Utf8Decoder {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}

/** The part of the standard TextEncoder used here. */
export interface Utf8Encoder {
  encode(text?: string): Uint8Array<ArrayBuffer>;
  /** Writes `text` as UTF-8 into `into`, as far as it fits; `written` counts bytes. */
  encodeInto(text: string, into: Uint8Array): { read: number; written: number };
}

const codecs = globalThis as unknown as {
  TextDecoder: new (label?: 'utf-8') => Utf8Decoder;
  TextEncoder: new () => Utf8Encoder;
};

/** A new UTF-8 decoder (non-fatal: invalid bytes become U+FFFD). */
export const utf8Decoder = (): Utf8Decoder => new codecs.TextDecoder('utf-8');

/** A new UTF-8 encoder. */
export const utf8Encoder = (): Utf8Encoder => new codecs.TextEncoder();
