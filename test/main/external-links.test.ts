import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn(async (_url: string, _options?: unknown) => undefined);
vi.mock('electron', () => ({ shell: { openExternal } }));

const { openPublication } = await import('../../main/open-link');
const { dispatch } = await import('../../main/ipc/dispatch');
const { createHandlers } = await import('../../main/ipc/handlers');

const URL_OK = 'https://zoek.officielebekendmakingen.nl/kst-36045-264';
const refused = [
  'https://example.org/kst-36045-264',
  'http://zoek.officielebekendmakingen.nl/kst-36045-264',
  'https://zoek.officielebekendmakingen.nl/kst-36045-264?x=1',
  'https://zoek.officielebekendmakingen.nl/kst-36045-264#p3',
  'https://zoek.officielebekendmakingen.nl/zaak-2025Z15748',
  'https://zoek.officielebekendmakingen.nl/',
  'https://zoek.officielebekendmakingen.nl.evil.example/kst-36045-264',
  'file:///etc/passwd',
  'javascript:alert(1)',
];

describe('openExternal: only an official publication leaves the app', () => {
  beforeEach(() => openExternal.mockClear());

  it('hands a publication URL to shell.openExternal', async () => {
    await openPublication(URL_OK);
    expect(openExternal).toHaveBeenCalledWith(URL_OK, { activate: true });
  });

  it.each(refused)('refuses %s in main itself', async (url) => {
    await expect(openPublication(url)).rejects.toMatchObject({ code: 'invalid-request' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('says so in Dutch when the system cannot open it', async () => {
    openExternal.mockRejectedValueOnce(new Error('no browser'));
    await expect(openPublication(URL_OK)).rejects.toMatchObject({ code: 'unsupported', message: expect.stringContaining(URL_OK) });
  });

  describe('through the contract and the handler', () => {
    const links = { open: vi.fn(async (url: string) => (await openPublication(url), true)) };
    const handlers = createHandlers({ links } as never);

    it('opens a valid link', async () => {
      await expect(dispatch(handlers, 'openExternal', { url: URL_OK })).resolves.toEqual({ ok: true, value: { opened: true } });
      expect(openExternal).toHaveBeenCalledOnce();
    });

    it.each(refused)('refuses %s before the handler runs', async (url) => {
      const result = await dispatch(handlers, 'openExternal', { url });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect(links.open).not.toHaveBeenCalledWith(url);
      expect(openExternal).not.toHaveBeenCalled();
    });
  });
});
