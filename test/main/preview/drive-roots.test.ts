import { afterEach, describe, expect, it, vi } from 'vitest';

import { DRIVES_PATH } from '../../../app/ipc/preview-dialog';
import { driveRoots, drivesListing, parentFolder } from '../../../main/preview/drive-roots';
import { PageDialogs } from '../../../main/preview/page-dialogs';

const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
afterEach(() => Object.defineProperty(process, 'platform', platform));

describe('the preview file dialog switches Windows drives', () => {
  it('lists the drive roots that exist, in letter order', async () => {
    const present = new Set(['C:\\', 'D:\\', 'Z:\\']);
    expect(await driveRoots(async (root) => present.has(root))).toEqual(['C:\\', 'D:\\', 'Z:\\']);
    expect(await drivesListing(async (root) => root === 'C:\\')).toEqual({
      path: DRIVES_PATH,
      parent: null,
      entries: [{ name: 'C:\\', folder: true }],
    });
  });

  it('goes up from a drive root to the drives on Windows only', () => {
    expect(parentFolder('C:\\', 'C:\\', 'C:\\', 'win32')).toBe(DRIVES_PATH);
    expect(parentFolder('C:\\Users', 'C:\\', 'C:\\', 'win32')).toBe('C:\\');
    expect(parentFolder('/', '/', '/', 'linux')).toBeNull();
    expect(parentFolder('/home', '/', '/', 'darwin')).toBe('/');
  });

  it('answers a listing of DRIVES_PATH with the drives on a (mocked) Windows, and the root has the drives above it', async () => {
    Object.defineProperty(process, 'platform', { ...platform, value: 'win32' });
    const dialogs = new PageDialogs(() => true, '/');
    const choice = dialogs.openCorpus();
    const drives = await dialogs.list(DRIVES_PATH);
    expect(drives.path).toBe(DRIVES_PATH);
    expect(drives.parent).toBeNull();
    // On this (POSIX) machine no `X:\` exists; the listing is empty but well formed.
    expect(Array.isArray(drives.entries)).toBe(true);
    expect((await dialogs.list('/')).parent).toBe(DRIVES_PATH);
    dialogs.cancelAll();
    await expect(choice).resolves.toBeNull();
    vi.restoreAllMocks();
  });
});

describe('the preview serves the app icon as /favicon.ico', () => {
  it('answers the browser’s own same-origin request with the PNG, and nothing without it', async () => {
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { startPreviewServer } = await import('../../../main/preview/server');
    const dir = await mkdtemp(join(tmpdir(), 'dossier-favicon-'));
    const server = await startPreviewServer({
      rendererDir: dir,
      handlers: {} as never,
      iconPath: join(process.cwd(), 'assets', 'icons', 'icon.png'),
    });
    try {
      const icon = await fetch(`http://127.0.0.1:${server.port}/favicon.ico`, { headers: { 'sec-fetch-site': 'same-origin' } });
      expect(icon.status).toBe(200);
      expect(icon.headers.get('content-type')).toBe('image/png');
      expect([...new Uint8Array(await icon.arrayBuffer()).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
      expect((await fetch(`http://127.0.0.1:${server.port}/favicon.ico`)).status).toBe(401);
    } finally {
      await server.close();
    }
  });
});
