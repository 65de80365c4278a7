import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readStaticFile, resolveStaticPath } from '../../../main/security/static-files';

describe('static files (app:// and the preview share these checks)', () => {
  it('maps paths under the root and refuses NUL, backslashes and escapes, encoded or not', () => {
    const root = '/opt/out/renderer';
    expect(resolveStaticPath('/', root)).toBe('/opt/out/renderer/index.html');
    expect(resolveStaticPath('/assets/a.js', root)).toBe('/opt/out/renderer/assets/a.js');
    expect(resolveStaticPath('/a%00.js', root)).toBeNull();
    expect(resolveStaticPath('/..%5c..%5cetc%5cpasswd', root)).toBeNull();
    expect(resolveStaticPath('/a\\b.js', root)).toBeNull();
    expect(resolveStaticPath('/%2e%2e/%2e%2e/etc/passwd', root)).toBe('/opt/out/renderer/etc/passwd');
    expect(resolveStaticPath('/..', root)).toBeNull();
    expect(resolveStaticPath('/%E0%A4%A', root)).toBeNull();
  });

  describe('readStaticFile', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'dossier-static-'));
      await writeFile(join(dir, 'index.html'), '<html></html>');
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('reads with content type, CSP, no-store and nosniff; null for what is missing or refused', async () => {
      const found = await readStaticFile('/', dir);
      expect(found?.body.toString()).toBe('<html></html>');
      expect(found?.headers).toMatchObject({ 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff' });
      expect(found?.headers['content-security-policy']).toContain("script-src 'self'");
      expect(await readStaticFile('/missing.js', dir)).toBeNull();
      expect(await readStaticFile('/index.html%00', dir)).toBeNull();
    });
  });
});
