/**
 * Channel and event names of the IPC contract, as plain strings with no dependencies, so the
 * sandboxed preload (which can load no npm module) can bundle them. `contract.ts` checks at
 * compile time that these lists match its methods and events exactly.
 */
export const CHANNEL_PREFIX = 'dossier:';

export const METHOD_NAMES = [
  'corpusState',
  'corpusOpen',
  'corpusOpenSample',
  'corpusRecent',
  'corpusLetter',
  'corpusSearch',
  'corpusSearchLetters',
  'corpusSearchAhead',
  'corpusCancelLoad',
  'corpusUpdateMeta',
  'briefingOpen',
  'briefingSave',
  'briefingRecent',
  'briefingAutosave',
  'briefingRecovery',
  'briefingDiscardRecovery',
  'briefingSetStatus',
  'templatesList',
  'templateOpen',
  'templatesOpenFolder',
  'quotesCheck',
  'exportDocx',
  'exportPdf',
  'briefingPageCount',
  'exportOdt',
  'printBriefing',
  'openExternal',
  'openLink',
  'setLanguage',
  'userName',
] as const;

export const EVENT_NAMES = ['corpusProgress', 'corpusChanged', 'corpusLetters', 'menuCommand'] as const;

export type MethodName = (typeof METHOD_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];

/**
 * Not a method: the preload reports here the local path of a file the user dropped on the window
 * (or picked in a file input), as Chromium resolved it from a real `File`; main grants it for
 * reading as a corpus. Page scripts cannot reach it (they have no ipcRenderer), and a `File` they
 * make themselves has no path.
 */
export const DROPPED_PATH_CHANNEL = `${CHANNEL_PREFIX}dropped-path`;

export const channelOf = (name: MethodName): string => `${CHANNEL_PREFIX}${name}`;
export const eventChannelOf = (name: EventName): string => `${CHANNEL_PREFIX}event:${name}`;
