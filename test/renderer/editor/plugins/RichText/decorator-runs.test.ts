import { describe, expect, it } from 'vitest';

import {
  DECORATOR_RUNS,
  type DecoratorEntry,
  decoratorRuns,
  runOfKey,
  sameRun,
} from '../../../../../renderer/editor/plugins/RichText/decorator-runs';

/** Stand-ins for DOM elements and portals: plain objects compared by identity. */
const elements = new Map<string, HTMLElement>();
const elementOf = (key: string) => {
  if (key.startsWith('gone')) return null;
  let element = elements.get(key);
  if (!element) elements.set(key, (element = { key } as unknown as HTMLElement));
  return element;
};
let built = 0;
const build = (key: string, decorator: string) => ({ key, decorator, serial: built++ });

/** 1,300 decorators as a long briefing has them (Lexical's numeric keys, in key order). */
const decorators = Object.fromEntries(Array.from({ length: 1300 }, (_, index) => [String(index + 2), `view ${index + 2}`]));

describe('decoratorRuns', () => {
  it('gives every decorator with an element one portal, in its key run, in map order', () => {
    const { entries, runs } = decoratorRuns({ ...decorators, gone1: 'x' }, new Map(), elementOf, build);
    expect(entries.size).toBe(1300);
    expect(runs).toHaveLength(DECORATOR_RUNS);
    expect(runs.flat()).toHaveLength(1300);
    for (const [index, run] of runs.entries()) {
      for (const portal of run) expect(runOfKey(portal.key)).toBe(index);
      const keys = run.map((portal) => Number(portal.key));
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
    }
    // Spread: no run holds more than three times its share.
    expect(Math.max(...runs.map((run) => run.length))).toBeLessThan((1300 / DECORATOR_RUNS) * 3);
  });

  it('keeps the portal of every unchanged node, so only the run of an inserted or changed node differs', () => {
    const first = decoratorRuns(decorators, new Map(), elementOf, build);
    const next = { ...decorators, '5000': 'new passage', '700': 'view 700, trimmed' };
    const second = decoratorRuns(next, first.entries, elementOf, build);
    const changed = new Set([runOfKey('5000'), runOfKey('700')]);
    for (let index = 0; index < DECORATOR_RUNS; index++) {
      expect(sameRun(first.runs[index]!, second.runs[index]!)).toBe(!changed.has(index));
    }
    expect(second.entries.get('3')!.portal).toBe(first.entries.get('3')!.portal);
    expect(second.entries.get('700')!.portal).not.toBe(first.entries.get('700')!.portal);
    expect(second.entries.get('700')!.portal.decorator).toBe('view 700, trimmed');
    expect(second.entries.get('5000')!.portal.decorator).toBe('new passage');
  });

  it('builds a new portal when the node got a new DOM element, and drops removed nodes', () => {
    const first = decoratorRuns(decorators, new Map(), elementOf, build);
    elements.set('10', { key: '10', again: true } as unknown as HTMLElement);
    const rest: Record<string, string> = { ...decorators };
    delete rest['11'];
    const second = decoratorRuns(rest, first.entries, elementOf, build);
    const entry: DecoratorEntry<string, unknown> = second.entries.get('10')!;
    expect(entry.element).toBe(elements.get('10'));
    expect(entry.portal).not.toBe(first.entries.get('10')!.portal);
    expect(second.entries.has('11')).toBe(false);
    expect(second.runs[runOfKey('11')]!.some((portal) => portal.key === '11')).toBe(false);
  });
});

describe('sameRun', () => {
  it('compares the portals by identity and order', () => {
    const [a, b] = [{}, {}];
    expect(sameRun([a, b], [a, b])).toBe(true);
    expect(sameRun([a, b], [b, a])).toBe(false);
    expect(sameRun([a], [a, b])).toBe(false);
    expect(sameRun([{}], [{}])).toBe(false);
  });
});
