import { readFileSync } from 'node:fs';

import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

/** The packaging config users' installers are built from (`npm run dist`). */
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as {
  appId: string;
  asar: boolean;
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; name: string; role: string }[];
  extraResources: { from: string; to: string }[];
  nsis: Record<string, unknown>;
  win: { target: string[] };
};

describe('electron-builder.yml', () => {
  // Electron's security checklist, item "Use fuses": https://www.electronjs.org/docs/latest/tutorial/fuses
  it('sets every fuse the security checklist asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false, // no ELECTRON_RUN_AS_NODE: the binary cannot be used as a plain Node
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false, // NODE_OPTIONS ignored
      enableNodeCliInspectArguments: false, // no --inspect into the main process
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false, // file:// gets no extra privileges (we load app://)
    });
    expect(config.asar).toBe(true);
  });

  it('associates .dossier files with Dossier as their editor', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'dossier', role: 'Editor' })]);
  });

  it('ships the sample corpus, the fonts and the Dutch dictionary where main looks for them (resources/assets)', () => {
    expect(config.extraResources).toEqual(
      expect.arrayContaining([
        { from: 'assets/corpus', to: 'assets/corpus' },
        { from: 'assets/fonts', to: 'assets/fonts' },
        { from: 'assets/spelling', to: 'assets/spelling' },
      ]),
    );
  });

  it('builds a per-user NSIS installer on Windows that IT can also deploy per machine', () => {
    expect(config.win.target).toContain('nsis');
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false });
  });
});
