import { describe, expect, it } from 'vitest';

import { message, renderMessage } from '../../../app/ipc/messages/render';

describe('the message for a file that is no Word document', () => {
  it('names every format Dossier reads (.docx, .pdf, .txt), in Dutch and English', () => {
    const notALetter = message('docx.not-a-letter', { kind: 'een afbeelding (PNG)' });
    for (const language of ['nl', 'en'] as const) {
      const text = renderMessage(notALetter, language);
      for (const ext of ['(.docx)', '(.pdf)', '(.txt)']) expect(text, `${language} ${ext}`).toContain(ext);
    }
  });
});
