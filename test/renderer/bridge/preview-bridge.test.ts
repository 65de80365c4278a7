import { describe, expect, it } from 'vitest';

import { renderMessage } from '../../../app/ipc/messages';
import { linkRefusal } from '../../../renderer/bridge/preview-bridge';

describe('the preview refuses a link with main’s keyed messages, in the interface language (issue 21)', () => {
  it('openExternal: only an official publication', () => {
    expect(linkRefusal('openExternal', 'nl')).toEqual({
      code: 'invalid-request',
      message: 'Alleen een link naar een officiële publicatie wordt geopend.',
    });
    expect(linkRefusal('openExternal', 'en')).toEqual({
      code: 'invalid-request',
      message: 'Only a link to an official publication is opened.',
    });
  });

  it('openLink: only http(s) or mailto, as main/open-link.ts says it', () => {
    for (const language of ['nl', 'en'] as const) {
      expect(linkRefusal('openLink', language)).toEqual({
        code: 'invalid-request',
        message: renderMessage({ key: 'link.not-allowed', params: {} }, language),
      });
    }
    expect(linkRefusal('openLink', 'en').message).toBe('Only a web address (http://, https://) or e-mail address (mailto:) is opened.');
  });
});
