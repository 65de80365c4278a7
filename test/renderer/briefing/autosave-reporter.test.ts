import { describe, expect, it } from 'vitest';

import { AutosaveReporter } from '../../../renderer/briefing/autosave-reporter';

describe('AutosaveReporter', () => {
  it('says a failing autosave once, stays quiet while it keeps failing, and speaks again after it worked', () => {
    const reporter = new AutosaveReporter();
    const full = 'De schijf is vol.';
    expect(reporter.failed(full)).toBe(full);
    expect(reporter.failed(full)).toBeNull();
    expect(reporter.failed(full)).toBeNull();
    reporter.succeeded();
    expect(reporter.failed(full)).toBe(full);
  });
});
