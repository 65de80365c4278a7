import { describe, expect, it } from 'vitest';

import { DossierError } from '../../../app/ipc/errors';
import { message } from '../../../app/ipc/messages';
import { dispatch, type Handlers } from '../../../main/ipc/dispatch';

const handlers = {
  corpusState: async () => {
    throw new DossierError('not-found', message('letter.not-found', { file: '000.txt' }));
  },
  corpusRecent: async () => {
    throw new Error('boom');
  },
} as unknown as Handlers;

describe('dispatch speaks the interface language', () => {
  it('renders keyed errors, unknown methods and internal failures in English when asked', async () => {
    expect(await dispatch(handlers, 'corpusState', {}, 'en')).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Letter not found in the corpus: 000.txt' },
    });
    expect(await dispatch(handlers, 'corpusState', {})).toMatchObject({ error: { message: 'Brief niet gevonden in het corpus: 000.txt' } });
    expect(await dispatch(handlers, 'nope', {}, 'en')).toMatchObject({
      error: { code: 'unknown-method', message: 'Unknown request: nope' },
    });
    const internal = await dispatch(handlers, 'corpusRecent', {}, 'en');
    expect(internal).toMatchObject({ error: { code: 'internal', message: expect.stringMatching(/^Something went wrong/) } });
  });
});
