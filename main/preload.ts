import { contextBridge, ipcRenderer, webUtils } from 'electron';

import type { EventName } from '../app/ipc/channels';
import {
  channelOf,
  DROPPED_PATH_CHANNEL,
  EVENT_NAMES as eventNames,
  eventChannelOf,
  METHOD_NAMES as methodNames,
} from '../app/ipc/channels';
import type { DossierApi } from '../app/ipc/contract';

/**
 * The renderer's only door to main: one typed method per contract entry and typed events.
 * No ipcRenderer, no generic invoke, no Node: the page gets exactly `DossierApi`.
 */
const api: Record<string, unknown> = {};
for (const name of methodNames) {
  api[name] = (request: unknown) => ipcRenderer.invoke(channelOf(name), request);
}
api.on = (event: EventName, listener: (payload: unknown) => void) => {
  if (!eventNames.includes(event)) throw new Error(`Onbekende gebeurtenis: ${String(event)}`);
  const channel = eventChannelOf(event);
  const wrapped = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
};
api.pathForFile = (file: Parameters<typeof webUtils.getPathForFile>[0]) => {
  let path: string | null;
  try {
    path = webUtils.getPathForFile(file) || null;
  } catch {
    path = null;
  }
  if (path) ipcRenderer.send(DROPPED_PATH_CHANNEL, path); // the user's drop: main grants it for reading as a corpus
  return path;
};

contextBridge.exposeInMainWorld('dossier', api as DossierApi);
