// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { renderAtOnce } from '../../../../renderer/editor/utils/render-at-once';

/** An idle scheduler that runs its callbacks only when told, and records the timeouts asked for. */
function manualIdle() {
  const queue: Array<() => void> = [];
  const timeouts: number[] = [];
  return {
    request: (callback: () => void, options: { timeout: number }) => {
      queue.push(callback);
      timeouts.push(options.timeout);
    },
    run: () => queue.splice(0).forEach((callback) => callback()),
    timeouts,
  };
}

describe('renderAtOnce', () => {
  it('shows the block with content-visibility visible until idle, then leaves it to the stylesheet', () => {
    const block = document.createElement('div');
    const idle = manualIdle();
    renderAtOnce(block, idle.request);
    expect(block.style.contentVisibility).toBe('visible');
    expect(idle.timeouts).toEqual([2000]);
    idle.run();
    expect(block.style.contentVisibility).toBe('');
    expect(block.hasAttribute('style')).toBe(false);
  });

  it('keeps other inline styles and asks for idle time once while the block is still shown at once', () => {
    const block = document.createElement('div');
    block.style.marginLeft = '2em';
    const idle = manualIdle();
    renderAtOnce(block, idle.request);
    renderAtOnce(block, idle.request);
    expect(idle.timeouts).toHaveLength(1);
    idle.run();
    expect(block.style.contentVisibility).toBe('');
    expect(block.style.marginLeft).toBe('2em');
  });
});
