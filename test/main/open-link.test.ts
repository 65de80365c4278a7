import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn(async (_url: string, _options?: unknown) => undefined);
vi.mock('electron', () => ({ shell: { openExternal } }));

const { openLink } = await import('../../main/open-link');
const { dispatch } = await import('../../main/ipc/dispatch');
const { createHandlers } = await import('../../main/ipc/handlers');

const allowed = ['https://www.rijksoverheid.nl/onderwerpen', 'http://example.org/a?b=c', 'mailto:postbus@minbuza.nl'];
const refused = [
  'javascript:alert(1)',
  'file:///etc/passwd',
  'data:text/html,<b>x</b>',
  'vbscript:x',
  'https://',
  '//example.org',
  'ftp://x.nl/',
];

describe('openLink (issue 19): a link of the briefing leaves the app only as http(s) or mailto', () => {
  beforeEach(() => openExternal.mockClear());

  it.each(allowed)('hands %s to shell.openExternal', async (url) => {
    await openLink(url);
    expect(openExternal).toHaveBeenCalledWith(url, { activate: true });
  });

  it.each(refused)('refuses %s in main itself', async (url) => {
    await expect(openLink(url)).rejects.toMatchObject({ code: 'invalid-request' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('names the address when the system cannot open it', async () => {
    openExternal.mockRejectedValueOnce(new Error('no browser'));
    await expect(openLink(allowed[0]!)).rejects.toMatchObject({ code: 'unsupported', message: expect.stringContaining(allowed[0]!) });
  });

  describe('through the contract and the handler', () => {
    const links = { open: vi.fn(), openLink: vi.fn(async (url: string) => (await openLink(url), true)) };
    const handlers = createHandlers({ links } as never);

    it('opens an allowed link', async () => {
      await expect(dispatch(handlers, 'openLink', { url: allowed[2]! })).resolves.toEqual({ ok: true, value: { opened: true } });
      expect(openExternal).toHaveBeenCalledOnce();
    });

    it.each(refused)('refuses %s before the handler runs', async (url) => {
      const result = await dispatch(handlers, 'openLink', { url });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect(links.openLink).not.toHaveBeenCalledWith(url);
      expect(openExternal).not.toHaveBeenCalled();
    });
  });
});
