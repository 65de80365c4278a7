import * as CFB from 'cfb';
import { describe, expect, it } from 'vitest';

import { DocxError, MESSAGES } from '../../../../app/corpus/docx/errors';
import { parseDocx } from '../../../../app/corpus/docx/parse-docx';

/**
 * A password-protected Word file as Word writes it ([MS-OFFCRYPTO] agile encryption): not a zip
 * but an OLE compound file (CFB) holding an `EncryptionInfo` stream (version 4.4, reserved 0x40,
 * then the XML descriptor), an `EncryptedPackage` stream (the package's size as a 64-bit integer,
 * then AES blocks) and the `\u0006DataSpaces` storage. Written with the `cfb` library, read back by it.
 */

const utf16 = (text: string): number[] => [...text].flatMap((c) => [c.charCodeAt(0), 0]);
const u32 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];

const DESCRIPTOR =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
  '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="bWFkZS11cC1zYWx0IQ=="/>' +
  '<dataIntegrity encryptedHmacKey="AAAA" encryptedHmacValue="AAAA"/><keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
  '<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAA" encryptedVerifierHashInput="AAAA" encryptedVerifierHashValue="AAAA" encryptedKeyValue="AAAA"/>' +
  '</keyEncryptor></keyEncryptors></encryption>';

/** Deterministic stand-in for ciphertext. */
const noise = (length: number): Uint8Array => {
  const out = new Uint8Array(length);
  let x = 0x2545f491;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
};

const encryptedWordFile = (): Uint8Array => {
  const cfb = CFB.utils.cfb_new();
  const add = (name: string, bytes: ArrayLike<number>) => CFB.utils.cfb_add(cfb, name, Buffer.from(Uint8Array.from(bytes)));
  add('/EncryptionInfo', [4, 0, 4, 0, ...u32(0x40), ...new TextEncoder().encode(DESCRIPTOR)]);
  const packageSize = 6144;
  add('/EncryptedPackage', [...u32(packageSize), ...u32(0), ...noise(packageSize)]);
  const feature = utf16('Microsoft.Container.DataSpaces');
  add('/\u0006DataSpaces/Version', [...u32(feature.length), ...feature, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]);
  add('/\u0006DataSpaces/DataSpaceMap', [...u32(8), ...u32(1)]);
  CFB.utils.cfb_gc(cfb);
  return new Uint8Array(CFB.write(cfb, { type: 'buffer' }) as Buffer);
};

describe('parseDocx: a password-protected Word file', () => {
  it('is a real compound file with the encryption streams', () => {
    const names = CFB.read(Buffer.from(encryptedWordFile()), { type: 'buffer' }).FullPaths;
    expect(names).toEqual(expect.arrayContaining(['Root Entry/EncryptionInfo', 'Root Entry/EncryptedPackage']));
  });

  it('gets the Dutch "met een wachtwoord beveiligd" message, not the old .doc one', () => {
    let error: unknown = null;
    try {
      parseDocx(encryptedWordFile(), 'beveiligd.docx', 'hash');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DocxError);
    expect((error as DocxError).message).toBe(MESSAGES.encrypted);
    expect(MESSAGES.encrypted).toContain('met een wachtwoord beveiligd');
    expect(MESSAGES.encrypted).not.toBe(MESSAGES.oldWord);
  });
});
