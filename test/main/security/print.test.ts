import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it, vi } from 'vitest';

const state: {
  url?: string;
  options?: { webPreferences: Record<string, unknown> };
  seen?: string;
  onBefore?: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
} = {};

vi.mock('electron', () => {
  const printSession = {
    webRequest: { onBeforeRequest: vi.fn((fn) => (state.onBefore = fn)) },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  };
  class BrowserWindow {
    webContents = {
      print: vi.fn((_options: unknown, done: (ok: boolean) => void) => done(true)),
    };
    destroy = vi.fn();
    constructor(options: { webPreferences: Record<string, unknown> }) {
      state.options = options;
    }
    async loadURL(url: string) {
      state.url = url;
      state.seen = readFileSync(fileURLToPath(url), 'latin1');
    }
  }
  return { app: { on: vi.fn() }, BrowserWindow, session: { fromPartition: vi.fn(() => printSession) } };
});

const { printPdf } = await import('../../../main/print');

describe('printing', () => {
  it('shows the PDF in a sandboxed window whose session may load only that file, prints, and cleans up', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n% Dossier\n');
    await expect(printPdf(pdf)).resolves.toBe(true);
    expect(state.seen).toBe('%PDF-1.7\n% Dossier\n');
    expect(state.options!.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true });
    const answers: boolean[] = [];
    state.onBefore!({ url: state.url! }, (r) => answers.push(r.cancel));
    state.onBefore!({ url: 'file:///etc/passwd' }, (r) => answers.push(r.cancel));
    state.onBefore!({ url: 'https://example.org/' }, (r) => answers.push(r.cancel));
    expect(answers).toEqual([false, true, true]);
    expect(existsSync(fileURLToPath(state.url!))).toBe(false);
  });
});
