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

describe('the bridge’s own messages follow the interface language (issue 21)', () => {
  it('a lost preview server: Dutch and English', async () => {
    const { transportLost } = await import('../../../renderer/bridge/preview-bridge');
    expect(transportLost('nl')).toEqual({
      code: 'transport',
      message: 'Verbinding met Dossier verbroken: de previewserver antwoordt niet. Start `npm run preview` opnieuw en open de nieuwe link.',
    });
    expect(transportLost('en').message).toBe(
      'Connection to Dossier lost: the preview server does not answer. Run `npm run preview` again and open the new link.',
    );
  });

  it('no bridge at all: the message in <html lang>’s language', async () => {
    const { bridge } = await import('../../../renderer/bridge/api');
    const page = globalThis as unknown as { window?: unknown; document?: unknown };
    page.window = {};
    page.document = { documentElement: { lang: 'en' } };
    try {
      expect(() => bridge()).toThrow('Dossier cannot reach its background processes.');
      page.document = { documentElement: { lang: 'nl' } };
      expect(() => bridge()).toThrow('Dossier kan de achtergrondprocessen niet bereiken.');
    } finally {
      delete page.window;
      delete page.document;
    }
  });
});
