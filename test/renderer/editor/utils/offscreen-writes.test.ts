// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { type IdleScheduler, offscreenWrites, topLevelBlock } from '../../../../renderer/editor/utils/offscreen-writes';

/** What Chromium fires on an element with `content-visibility: auto` when its contents start or stop being skipped. */
function report(element: Element, skipped: boolean): void {
  element.dispatchEvent(Object.assign(new Event('contentvisibilityautostatechange'), { skipped }));
}

/** An idle scheduler that runs its callbacks only when told, with the time left given. */
function manualIdle() {
  const queue = new Map<number, (deadline: { timeRemaining(): number }) => void>();
  let next = 1;
  const scheduler: IdleScheduler = {
    request: (callback) => (queue.set(next, callback), next++),
    cancel: (handle) => void queue.delete(handle),
  };
  const run = (remaining: number) => {
    const callbacks = [...queue.values()];
    queue.clear();
    for (const callback of callbacks) callback({ timeRemaining: () => remaining });
  };
  return { scheduler, run, size: () => queue.size };
}

function blocks(count: number) {
  const root = document.createElement('div');
  root.innerHTML = Array.from({ length: count }, (_, index) => `<div><p><sup id="r${index}"></sup></p></div>`).join('');
  document.body.append(root);
  return { root, block: (index: number) => root.children[index]! };
}

describe('offscreenWrites', () => {
  it('writes at once into a block that is rendered or was never reported', () => {
    const { root, block } = blocks(2);
    const written: string[] = [];
    const writes = offscreenWrites<string>(root, (key) => written.push(key), manualIdle().scheduler);
    writes.write(block(0), 'a');
    report(block(1), false);
    writes.write(block(1), 'b');
    expect(written).toEqual(['a', 'b']);
  });

  it('defers a write into a skipped block until it is about to be rendered, once, with what is current then', () => {
    const { root, block } = blocks(3);
    const written: string[] = [];
    const idle = manualIdle();
    const writes = offscreenWrites<string>(root, (key) => written.push(key), idle.scheduler);
    report(block(1), true);
    report(block(2), true);
    writes.write(block(1), 'one');
    writes.write(block(1), 'one');
    writes.write(block(2), 'two');
    expect(written).toEqual([]);
    expect(idle.size()).toBe(1);
    report(block(1), false);
    expect(written).toEqual(['one']);
    // The rest in idle time.
    idle.run(10);
    expect(written).toEqual(['one', 'two']);
    expect(idle.size()).toBe(0);
  });

  it('writes in idle slices and asks for more idle time while writes are left', () => {
    const { root, block } = blocks(1);
    const written: number[] = [];
    const idle = manualIdle();
    const writes = offscreenWrites<number>(
      root,
      (key) => {
        written.push(key);
        const until = performance.now() + 2;
        while (performance.now() < until);
      },
      idle.scheduler,
    );
    report(block(0), true);
    for (let key = 0; key < 10; key++) writes.write(block(0), key);
    idle.run(1);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(10);
    expect(idle.size()).toBe(1);
    while (idle.size() > 0) idle.run(50);
    expect(written).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('a write into a shown block replaces the pending one; flush runs the rest; dispose drops them', () => {
    const { root, block } = blocks(2);
    const written: string[] = [];
    const idle = manualIdle();
    const writes = offscreenWrites<string>(root, (key) => written.push(key), idle.scheduler);
    report(block(0), true);
    writes.write(block(0), 'moved');
    writes.write(block(1), 'moved');
    writes.write(block(0), 'stays');
    report(block(0), false);
    expect(written).toEqual(['moved', 'stays']);
    report(block(0), true);
    writes.write(block(0), 'later');
    writes.flush();
    expect(written).toEqual(['moved', 'stays', 'later']);
    writes.write(block(0), 'dropped');
    writes.dispose();
    report(block(0), false);
    idle.run(10);
    expect(written).toEqual(['moved', 'stays', 'later']);
  });
});

describe('topLevelBlock', () => {
  it('finds the child of the root that holds an element', () => {
    const { root, block } = blocks(2);
    expect(topLevelBlock(root.querySelector('#r1')!, root)).toBe(block(1));
    expect(topLevelBlock(block(0), root)).toBe(block(0));
    expect(topLevelBlock(document.createElement('span'), root)).toBeNull();
  });
});
