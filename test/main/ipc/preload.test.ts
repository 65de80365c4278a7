import { describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } }));
const on = vi.fn();
const removeListener = vi.fn();
const send = vi.fn();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => (exposed[key] = api)) },
  ipcRenderer: { invoke, on, removeListener, send },
  webUtils: { getPathForFile: vi.fn(() => '/home/ambtenaar/brief.txt') },
}));

await import('../../../main/preload');
const { methodNames } = await import('../../../app/ipc/contract');

describe('preload', () => {
  const api = exposed.dossier as Record<string, (...args: unknown[]) => unknown>;

  it('exposes only the typed API: one method per contract entry, on, pathForFile', () => {
    expect(Object.keys(exposed)).toEqual(['dossier']);
    expect(Object.keys(api).sort()).toEqual([...methodNames, 'on', 'pathForFile'].sort());
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('invokes each method on its own prefixed channel', async () => {
    await expect(api.corpusSearch!({ query: 'Oekraïne' })).resolves.toEqual({
      ok: true,
      value: { channel: 'dossier:corpusSearch', request: { query: 'Oekraïne' } },
    });
  });

  it('subscribes only to contract events and unsubscribes', () => {
    const off = api.on!('corpusProgress', () => undefined) as () => void;
    expect(on).toHaveBeenCalledWith('dossier:event:corpusProgress', expect.any(Function));
    off();
    expect(removeListener).toHaveBeenCalledWith('dossier:event:corpusProgress', expect.any(Function));
    expect(() => api.on!('anything-else', () => undefined)).toThrow(/Onbekende gebeurtenis/);
  });

  it('gives a dropped file its local path', () => {
    expect(api.pathForFile!({})).toBe('/home/ambtenaar/brief.txt');
    expect(send).toHaveBeenCalledWith('dossier:dropped-path', '/home/ambtenaar/brief.txt');
  });
});
