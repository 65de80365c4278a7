import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { MethodName } from '../../../app/ipc/contract';
import { contract, IpcErrorSchema, methodNames } from '../../../app/ipc/contract';
import { dispatch, type Handlers } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { ScriptedDialogs } from '../../../main/preview/scripted-dialogs';
import { createServices } from '../../../main/services';
import { richBriefing } from '../../app/briefing/briefing-fixture';

const ASSETS = join(import.meta.dirname, '..', '..', '..', 'assets');
const F000 = '000_b4e4b4ff528499ed.txt';

/**
 * Drives every real handler over the sample corpus (assets/corpus) through `dispatch`, as the
 * renderer would, and parses each value with the method's response schema from the contract.
 */
describe('every handler answers with its contract response schema', () => {
  let work: string;
  let services: ReturnType<typeof createServices>;
  let handlers: Handlers;
  const dialogs = new ScriptedDialogs('/nonexistent');

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'dossier-handlers-'));
    await cp(join(ASSETS, 'corpus'), join(work, 'corpus'), { recursive: true });
    services = createServices({
      assetsDir: ASSETS,
      dataDir: join(work, 'data'),
      dialogs,
      window: { setStatus: () => undefined },
      print: async () => true,
      corpus: { watch: false },
    });
    handlers = createHandlers(services);
    await services.corpus.openSample();
  });
  afterAll(async () => {
    await services.dispose();
    await rm(work, { recursive: true, force: true });
  });

  const briefing = richBriefing();
  const nota = () => join(work, 'nota.dossier');
  /** Requests in an order where each finds what it needs (a saved file before opening it, …). */
  const calls: Array<[MethodName, () => unknown, (() => void)?]> = [
    ['corpusState', () => ({})],
    ['corpusOpen', () => ({}), () => dialogs.answer(join(work, 'corpus'))],
    ['corpusOpenSample', () => ({})],
    ['corpusRecent', () => ({})],
    ['corpusLetter', () => ({ file: F000 })],
    ['corpusSearch', () => ({ query: 'Oekraïne', limit: 5 })],
    ['corpusSearchLetters', () => ({ query: '36 045', limit: 5, snippets: 2 })],
    ['corpusSearchAhead', () => ({ search: { query: 'oekr', limit: 5, snippets: 2 }, from: 0 })],
    ['corpusCancelLoad', () => ({})],
    ['corpusUpdateMeta', () => ({ file: F000, patch: { title: 'Een andere titel' } })],
    ['briefingSave', () => ({ briefing, path: null, saveAs: false }), () => dialogs.answer(nota())],
    ['briefingOpen', () => ({}), () => dialogs.answer(nota())],
    ['briefingRecent', () => ({})],
    ['briefingAutosave', () => ({ briefing: JSON.stringify(briefing), path: nota() })],
    ['briefingRecovery', () => ({})],
    ['briefingDiscardRecovery', () => ({})],
    ['briefingSetStatus', () => ({ name: 'Nota', dirty: true })],
    ['templatesList', () => ({})],
    ['templateOpen', () => ({ origin: 'builtin', file: 'beslisnota.dossier' })],
    ['templatesOpenFolder', () => ({})],
    ['quotesCheck', () => ({ briefing })],
    ['exportDocx', () => ({ briefing }), () => dialogs.answer(join(work, 'nota.docx'))],
    ['exportPdf', () => ({ briefing }), () => dialogs.answer(join(work, 'nota.pdf'))],
    ['exportOdt', () => ({ briefing }), () => dialogs.answer(join(work, 'nota.odt'))],
    ['printBriefing', () => ({ briefing })],
    ['briefingPageCount', () => ({ briefing: JSON.stringify(briefing) })],
    ['openExternal', () => ({ url: 'https://zoek.officielebekendmakingen.nl/kst-36045-264' })],
    ['openLink', () => ({ url: 'https://www.rijksoverheid.nl/' })],
    ['setLanguage', () => ({ language: 'nl' })],
    ['userName', () => ({})],
  ];

  it('covers every contract method', () => {
    expect(calls.map(([name]) => name).sort()).toEqual([...methodNames].sort());
  });

  it.each(calls)('%s', { timeout: 60_000 }, async (name, request, before) => {
    before?.();
    const result = await dispatch(handlers, name, request());
    if (!result.ok) expect.fail(`${name}: ${JSON.stringify(IpcErrorSchema.parse(result.error))}`);
    const parsed = contract[name].response.safeParse(result.value);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(result.value).not.toBeNull();
  });
});
