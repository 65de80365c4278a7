import { describe, expect, it, vi } from 'vitest';

const handled = new Map<string, (event: unknown, raw: unknown) => Promise<unknown>>();
vi.mock('electron', () => ({
  app: { on: vi.fn() },
  ipcMain: { handle: vi.fn((channel: string, fn: (event: unknown, raw: unknown) => Promise<unknown>) => handled.set(channel, fn)) },
}));

const { registerIpc } = await import('../../../main/ipc/register');
const { methodNames } = await import('../../../app/ipc/contract');
const { DossierError } = await import('../../../app/ipc/errors');

const appFrame = { url: 'app://dossier/index.html', parent: null };
const handlers = Object.fromEntries(methodNames.map((name) => [name, vi.fn(async () => ({}))])) as Record<string, ReturnType<typeof vi.fn>>;
handlers.corpusLetter = vi.fn(async ({ file }: { file: string }) => {
  throw new DossierError('not-found', `Brief ${file} staat niet in het corpus.`);
});
registerIpc(handlers as never);

describe('IPC registration', () => {
  it('registers exactly one channel per contract method, all with the dossier: prefix', () => {
    expect([...handled.keys()].sort()).toEqual(methodNames.map((name) => `dossier:${name}`).sort());
  });

  it('refuses a call from a foreign frame or a subframe with a clear error', async () => {
    const call = handled.get('dossier:corpusState')!;
    await expect(call({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})).resolves.toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Verzoek geweigerd: het komt niet van het venster van Dossier.' },
    });
    await expect(call({ senderFrame: { url: 'app://dossier/index.html', parent: appFrame } }, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await expect(call({ senderFrame: null }, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers.corpusState).not.toHaveBeenCalled();
  });

  it('refuses a malformed request naming the field, without calling the handler', async () => {
    const search = handled.get('dossier:corpusSearch')!;
    const result = (await search({ senderFrame: appFrame }, { query: 42 })) as { ok: false; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.message).toContain('query');
    const extra = (await handled.get('dossier:corpusState')!({ senderFrame: appFrame }, { sneaky: true })) as { ok: boolean };
    expect(extra.ok).toBe(false);
    expect(handlers.corpusSearch).not.toHaveBeenCalled();
  });

  it('passes a valid request through and returns the envelope; user errors keep their message', async () => {
    await expect(handled.get('dossier:corpusState')!({ senderFrame: appFrame }, {})).resolves.toEqual({ ok: true, value: {} });
    await expect(handled.get('dossier:corpusLetter')!({ senderFrame: appFrame }, { file: '999.txt' })).resolves.toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Brief 999.txt staat niet in het corpus.' },
    });
  });
});
