import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseBriefingFile, serializeBriefing } from '../../../app/briefing/file-format';
import { type Briefing, emptyBriefing } from '../../../app/briefing/model';

/** A large briefing (about 0.4 MB) so that a write takes long enough to be interrupted mid-way. */
function largeBriefing(label: string, paragraphs: number): Briefing {
  const briefing = emptyBriefing();
  briefing.properties.title = `Versie ${label}`;
  for (let index = 0; index < paragraphs; index++) {
    briefing.body.push({
      type: 'paragraph',
      children: [{ type: 'text', text: `${label} ${index}: ${'Oekraïne en de Coalition of the Willing. '.repeat(6)}` }],
    });
  }
  return briefing;
}

const KILLS = 200;
const PARALLEL = 2;
const work = mkdtempSync(join(tmpdir(), 'dossier-crash-'));
const child = join(work, 'save-loop.cjs');
const versionA = largeBriefing('A', 1600);
const versionB = largeBriefing('B', 1200);
const textA = serializeBriefing(versionA);
const textB = serializeBriefing(versionB);

beforeAll(async () => {
  // Bundled once to plain CommonJS (write-file-atomic is CommonJS) so each of the 200 children starts in tens of milliseconds.
  await build({
    entryPoints: [join(import.meta.dirname, 'save-loop.child.ts')],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    outfile: child,
    logLevel: 'silent',
  });
  writeFileSync(join(work, 'a.json'), JSON.stringify(versionA));
  writeFileSync(join(work, 'b.json'), JSON.stringify(versionB));
});
afterAll(() => {
  // A test that failed or timed out mid-way may leave a child saving: stop it before removing its folder.
  for (const proc of live) proc.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

/** The saving children still running. */
const live = new Set<ChildProcess>();

/**
 * Starts a child that saves versions A and B alternately to `target` until killed
 * (save-loop.child.ts). Its stdin is a pipe from this process: when this process dies, however it
 * is killed, the pipe closes and the child exits, so a stopped test run leaves no saving orphan.
 */
function startSaver(target: string, dataDir: string) {
  const proc = spawn(process.execPath, [child, target, dataDir, join(work, 'a.json'), join(work, 'b.json')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  live.add(proc);
  proc.once('exit', () => live.delete(proc));
  return proc;
}

/**
 * Starts a saving child, kills it `5 + random × spread` ms after it is ready, and resolves once
 * it is dead. The spread comes from `calibrate`, so kills land before, during and after the
 * second save (the first one writes version A, already on disk) however loaded the machine is.
 */
function saveAndKill(target: string, dataDir: string, spread: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = startSaver(target, dataDir);
    proc.stdout.once('data', () => setTimeout(() => proc.kill('SIGKILL'), 5 + Math.random() * spread));
    proc.once('error', reject);
    proc.once('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended without being killed (${signal})`)),
    );
  });
}

/** How long (ms) a child takes from ready until version B is on disk, on this machine now. */
function calibrate(target: string, dataDir: string): Promise<number> {
  writeFileSync(target, textA);
  return new Promise((resolve, reject) => {
    const proc = startSaver(target, dataDir);
    proc.once('error', reject);
    proc.stdout.once('data', () => {
      const ready = performance.now();
      const poll = setInterval(() => {
        let text = '';
        try {
          text = readFileSync(target, 'utf8');
        } catch {
          // Between rename steps: look again.
        }
        const elapsed = performance.now() - ready;
        if (text === textB || elapsed > 10_000) {
          clearInterval(poll);
          proc.kill('SIGKILL');
          proc.once('exit', () => resolve(elapsed));
        }
      }, 2);
    });
  });
}

/** The file is always one complete version, byte for byte (both versions parse, see the last test). */
function expectComplete(path: string): 'A' | 'B' {
  const text = readFileSync(path, 'utf8');
  if (text === textA) return 'A';
  if (text === textB) return 'B';
  // Neither: let the parser say what is wrong (truncated, corrupt) in the failure message.
  expect(() => parseBriefingFile(text)).not.toThrow();
  expect.fail(`${path} holds neither complete version (${text.length} characters)`);
}

describe('BriefingFiles.save under SIGKILL', () => {
  it(`leaves the complete old or new version after each of ${KILLS} kills`, async () => {
    const seen = { A: 0, B: 0 };
    // Two saving children at once, as below, so the measure holds under the same load.
    const measured = await Promise.all(
      Array.from({ length: PARALLEL }, (_, lane) =>
        calibrate(join(work, `calibrate-${lane}.dossier`), join(work, `calibrate-data-${lane}`)),
      ),
    );
    const spread = Math.max(80, 1.5 * Math.max(...measured));
    console.log(
      `crash test: ready → version B in ${measured.map(Math.round).join(' and ')} ms; kills spread over ${Math.round(spread)} ms`,
    );
    await Promise.all(
      Array.from({ length: PARALLEL }, async (_, lane) => {
        const target = join(work, `briefing-${lane}.dossier`);
        const dataDir = join(work, `data-${lane}`);
        writeFileSync(target, textA);
        for (let kill = 0; kill < KILLS / PARALLEL; kill++) {
          await saveAndKill(target, dataDir, spread);
          seen[expectComplete(target)]++;
          if (existsSync(`${target}.bak`)) expectComplete(`${target}.bak`);
        }
      }),
    );
    expect(seen.A + seen.B).toBe(KILLS);
    // Kills landed at different moments: both versions were found on disk afterwards.
    expect(seen.A).toBeGreaterThan(0);
    expect(seen.B).toBeGreaterThan(0);
  }, 400_000);

  it('a saving child exits when the process that started it is killed', async () => {
    // A parent that starts the child as the test does (stdin a pipe from it), prints its pid, then waits.
    const parentScript = `
      const { spawn } = require('node:child_process');
      const [child, ...args] = process.argv.slice(1);
      const proc = spawn(process.execPath, [child, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
      proc.stdout.once('data', () => process.stdout.write(String(proc.pid) + '\\n'));
      setInterval(() => {}, 1000);
    `;
    const target = join(work, 'orphan.dossier');
    writeFileSync(target, textA);
    const parent = spawn(
      process.execPath,
      ['-e', parentScript, child, target, join(work, 'orphan-data'), join(work, 'a.json'), join(work, 'b.json')],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const pid = await new Promise<number>((resolve) => parent.stdout.once('data', (data: Buffer) => resolve(Number(String(data).trim()))));
    // Running: its pid exists and is no zombie (an exited child whose parent died may wait to be reaped).
    const alive = () => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };
    expect(alive()).toBe(true);
    parent.kill('SIGKILL');
    await new Promise((resolve) => parent.once('exit', resolve));
    // The child notices the closed pipe between two saves; give it up to 10 s on a loaded machine.
    for (let waited = 0; alive() && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    const orphan = alive();
    if (orphan) process.kill(pid, 'SIGKILL');
    expect(orphan).toBe(false);
  });

  it('both versions are valid briefings', () => {
    expect(parseBriefingFile(textA).briefing).toEqual(versionA);
    expect(parseBriefingFile(textB).briefing).toEqual(versionB);
  });
});
