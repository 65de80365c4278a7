import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: Array<{ options: unknown; loadURL: ReturnType<typeof vi.fn> }> = [];

vi.mock('electron', () => {
  class BrowserWindow {
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    on = vi.fn();
    setTitle = vi.fn();
    setDocumentEdited = vi.fn();
    show = vi.fn();
    isDestroyed = vi.fn(() => false);
    constructor(readonly options: unknown) {
      created.push({ options, loadURL: this.loadURL });
    }
  }
  return { BrowserWindow, dialog: { showMessageBoxSync: vi.fn(() => 1) } };
});

const { createMainWindow, mainWindowOptions, SHOW_FALLBACK_MS } = await import('../../../main/window');

describe('main window', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('applies every webPreferences item of the security checklist', () => {
    const prefs = mainWindowOptions('/out/preload/index.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('loads the renderer from the app:// protocol, not file://', () => {
    const win = createMainWindow('/opt/dossier/out');
    expect(created).toHaveLength(1);
    expect(created[0]!.loadURL).toHaveBeenCalledWith('app://dossier/index.html');
    expect((created[0]!.options as { webPreferences: { preload: string } }).webPreferences.preload).toBe(
      '/opt/dossier/out/preload/index.cjs',
    );
    win.setStatus('Notitie Oekraïne', true);
    expect(win.window.setTitle).toHaveBeenCalledWith('• Notitie Oekraïne — Dossier');
  });

  it('asks before closing with unsaved changes and stays open on "Annuleren"', async () => {
    const electron = await import('electron');
    const win = createMainWindow('/opt/dossier/out');
    const onClose = (win.window.on as ReturnType<typeof vi.fn>).mock.calls.find(([name]) => name === 'close')![1] as (e: {
      preventDefault(): void;
    }) => void;
    const clean = { preventDefault: vi.fn() };
    onClose(clean);
    expect(clean.preventDefault).not.toHaveBeenCalled();
    win.setStatus('Notitie', true);
    const dirty = { preventDefault: vi.fn() };
    onClose(dirty);
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    expect(dirty.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('is shown once painted and its renderer listens for keys, not at its first paint (Ctrl+N at once was lost)', () => {
    vi.useFakeTimers();
    try {
      const win = createMainWindow('/opt/dossier/out');
      const once = win.window.once as ReturnType<typeof vi.fn>;
      const painted = once.mock.calls.find(([name]) => name === 'ready-to-show')![1] as () => void;
      painted();
      expect(win.window.show).not.toHaveBeenCalled();
      win.rendererReady();
      expect(win.window.show).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(SHOW_FALLBACK_MS);
      expect(win.window.show).toHaveBeenCalledTimes(1);

      // Ready before the first paint: shown at the paint. A renderer that never says so: shown after the fallback.
      const early = createMainWindow('/opt/dossier/out');
      early.rendererReady();
      expect(early.window.show).not.toHaveBeenCalled();
      ((early.window.once as ReturnType<typeof vi.fn>).mock.calls.find(([name]) => name === 'ready-to-show')![1] as () => void)();
      expect(early.window.show).toHaveBeenCalledTimes(1);
      const silent = createMainWindow('/opt/dossier/out');
      ((silent.window.once as ReturnType<typeof vi.fn>).mock.calls.find(([name]) => name === 'ready-to-show')![1] as () => void)();
      vi.advanceTimersByTime(SHOW_FALLBACK_MS - 1);
      expect(silent.window.show).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(silent.window.show).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
