import { afterEach, describe, expect, it, vi } from 'vitest';

import { cliArgumentsIn, runInstalledCli } from '../../../main/cli/installed';

afterEach(() => vi.restoreAllMocks());

describe('Dossier --cli (the installed app as command line)', () => {
  it('takes what follows --cli, packaged (executable first) and unpackaged (app folder second)', () => {
    expect(cliArgumentsIn(['C:\\Programs\\Dossier\\Dossier.exe', '--cli', 'parse', 'map', '--json'])).toEqual(['parse', 'map', '--json']);
    expect(cliArgumentsIn(['/usr/bin/electron', '.', '--cli', 'export', 'nota.dossier', '--pdf', 'nota.pdf'])).toEqual([
      'export',
      'nota.dossier',
      '--pdf',
      'nota.pdf',
    ]);
    expect(cliArgumentsIn(['Dossier.exe', '--cli'])).toEqual([]);
  });

  it('is not the command line without the switch (a double-clicked briefing starts the app)', () => {
    expect(cliArgumentsIn(['Dossier.exe', 'C:\\nota.dossier'])).toBeNull();
    expect(cliArgumentsIn(['Dossier.exe'])).toBeNull();
  });

  it('runs the command with the bundled assets and exits with its code after the output is written', async () => {
    let stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk, ...rest) => {
      stdout += String(chunk);
      const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      done?.();
      return true;
    });
    const exit = vi.fn();
    await runInstalledCli(['parse', 'assets/corpus', '--json'], { assetsDir: 'assets' }, exit);
    expect(exit).toHaveBeenCalledWith(0);
    const parsed = JSON.parse(stdout) as { letters: { file: string }[] };
    expect(parsed.letters.map((letter) => letter.file)).toContain('004_ea691d26e1781c0b.txt');
  });

  it('exits 2 for an unknown command, with the usage on standard error', async () => {
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk, ...rest) => {
      stderr += String(chunk);
      (rest.find((arg) => typeof arg === 'function') as (() => void) | undefined)?.();
      return true;
    });
    const exit = vi.fn();
    await runInstalledCli(['verzin'], { assetsDir: 'assets' }, exit);
    expect(exit).toHaveBeenCalledWith(2);
    expect(stderr).toContain('Onbekende opdracht: verzin');
  });
});
