import { describe, expect, it } from 'vitest';

import { DossierError } from '../../../app/ipc/errors';
import { message, renderMessage } from '../../../app/ipc/messages';
import { type MessageKey, MESSAGES } from '../../../app/ipc/messages/table';

/** Words that only Dutch text has: an English message holding one was not translated. */
const DUTCH = /\b(het|de|een|niet|geen|bestand|map|brief|kan|wordt|kies|notitie|opslaan|schijf|van|naar)\b/i;

const SAMPLE = { name: 'nota.dossier', path: '/tmp/nota.dossier', file: '000.txt', reason: 'x', code: 'EXYZ', size: 60, max: 50 };

describe('keyed messages (app/ipc/messages)', () => {
  it('every key has a Dutch and a different English text, and the English is free of Dutch words', () => {
    for (const key of Object.keys(MESSAGES) as MessageKey[]) {
      const nl = renderMessage(message(key, SAMPLE), 'nl');
      const en = renderMessage(message(key, SAMPLE), 'en');
      expect(nl, key).not.toBe('');
      expect(en, key).not.toBe(nl);
      expect(en, key).not.toMatch(DUTCH);
    }
  });

  it('renders nested messages in the same language', () => {
    const failed = message('briefing.io', { path: '/x/nota.dossier', reason: message('io.ENOSPC') });
    expect(renderMessage(failed, 'nl')).toBe('Het bestand "/x/nota.dossier" kan niet worden gelezen of geschreven: de schijf is vol.');
    expect(renderMessage(failed, 'en')).toBe('The file "/x/nota.dossier" cannot be read or written: the disk is full.');
  });

  it('a DossierError keeps its Dutch message and sends the chosen language across IPC', () => {
    const error = new DossierError('read-only', message('briefing.read-only', { name: 'nota.dossier' }));
    expect(error.message).toMatch(/^"nota.dossier" is alleen-lezen/);
    expect(error.toIpc()).toEqual({ code: 'read-only', message: error.message });
    expect(error.toIpc('en')).toEqual({ code: 'read-only', message: expect.stringMatching(/^"nota.dossier" is read-only/) });
    // Plain text (not yet keyed) stays as it is in either language.
    expect(new DossierError('io', 'Tekst').toIpc('en').message).toBe('Tekst');
  });
});
