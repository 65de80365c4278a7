import { describe, expect, it } from 'vitest';

import {
  back,
  canGoBack,
  canGoForward,
  current,
  EMPTY_HISTORY,
  forward,
  HISTORY_LIMIT,
  push,
  withScroll,
} from '../../../renderer/state/reader-history';

describe('the reader history', () => {
  it('goes back to a letter at the position it was left, and forward again', () => {
    let history = push(EMPTY_HISTORY, { file: 'a.txt' });
    history = withScroll(history, 640);
    history = push(history, { file: 'b.txt' });
    expect(canGoBack(history)).toBe(true);
    expect(canGoForward(history)).toBe(false);
    history = back(withScroll(history, 80));
    expect(current(history)).toEqual({ file: 'a.txt', scroll: 640 });
    history = forward(history);
    expect(current(history)).toEqual({ file: 'b.txt', scroll: 80 });
    expect(forward(history)).toBe(history);
    expect(back(back(back(history)))).toEqual({ ...history, index: 0 });
  });

  it('keeps positions within one letter apart, drops what lay ahead on a new step, adds nothing for the same letter again', () => {
    let history = push(EMPTY_HISTORY, { file: 'a.txt' });
    history = push(history, { file: 'a.txt', block: 'b7' });
    expect(history.entries).toHaveLength(2);
    expect(push(history, { file: 'a.txt' })).toBe(history);
    history = push(back(history), { file: 'c.txt' });
    expect(history.entries.map((entry) => entry.file)).toEqual(['a.txt', 'c.txt']);
  });

  it(`keeps the last ${HISTORY_LIMIT} entries`, () => {
    let history = EMPTY_HISTORY;
    for (let n = 0; n < HISTORY_LIMIT + 5; n++) history = push(history, { file: `${n}.txt` });
    expect(history.entries).toHaveLength(HISTORY_LIMIT);
    expect(current(history)?.file).toBe(`${HISTORY_LIMIT + 4}.txt`);
    expect(history.entries[0]!.file).toBe('5.txt');
  });
});
