import { describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../../app/briefing/model';
import { notaTemplate } from '../../../../app/briefing/nota/nota-template';
import { briefingFromTemplate } from '../../../../app/briefing/nota/template-file';

const TODAY = '2026-12-01';

/** Issue 19 (fresh-eyes, session 9): a user's template made last year must not date the new nota last year. */
describe('a new briefing from a template is dated today', () => {
  it('a user template that stored the day it was made gives today, not that day', () => {
    const template = notaTemplate('beslisnota');
    template.properties.date = '2025-01-15';
    const made = briefingFromTemplate(template, TODAY);
    expect(made.properties.date).toBe(TODAY);
    expect(made.properties.notaKind).toBe('beslisnota');
    expect(made.body).toEqual(template.body);
  });

  it('a built-in nota template without a date gives today', () => {
    expect(briefingFromTemplate(notaTemplate('informatienota'), TODAY).properties.date).toBe(TODAY);
  });

  it('a free briefing without a date stays undated; one that carried a date gets today', () => {
    expect(briefingFromTemplate(emptyBriefing(), TODAY).properties.date).toBe('');
    const dated = emptyBriefing();
    dated.properties.date = '2024-03-03';
    expect(briefingFromTemplate(dated, TODAY).properties.date).toBe(TODAY);
  });
});
