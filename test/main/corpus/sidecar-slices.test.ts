import { describe, expect, it } from 'vitest';

import { parseSidecar } from '../../../app/corpus/sidecar';
import { parseSidecarInSlices } from '../../../main/corpus/sidecar-file';
import { largeSidecar } from '../../app/corpus/large-sidecar';

describe('parseSidecarInSlices (main: the sidecar validated without blocking the event loop)', () => {
  it('lets a timer scheduled before it run before it finishes, with the whole-file result', async () => {
    const text = JSON.stringify(largeSidecar(30_000));
    let timerRan = false;
    let turns = 0;
    setTimeout(() => (timerRan = true), 0);
    const count = setInterval(() => (turns += 1), 0);
    const sliced = parseSidecarInSlices(text);
    const ranBefore = await sliced.then(() => timerRan);
    clearInterval(count);
    expect(ranBefore).toBe(true);
    expect(turns).toBeGreaterThan(1);
    expect(JSON.stringify(await sliced)).toBe(JSON.stringify(parseSidecar(text)));
  });

  it('rejects with the whole-file message', async () => {
    const text = '{"letters": [{"file": "a.txt"}, {"file": "a.txt"}]}';
    const whole = (() => {
      try {
        parseSidecar(text);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    await expect(parseSidecarInSlices(text)).rejects.toThrow(whole);
  });
});
