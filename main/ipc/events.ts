import type { EventName, EventOf } from '../../app/ipc/contract';
import { eventChannelOf } from '../../app/ipc/contract';
import type { CorpusPort } from './ports';

/** Delivers one contract event to the renderer(s): Electron's `webContents.send`, or the preview's event stream. */
export type EventSink = <E extends EventName>(event: E, payload: EventOf<E>) => void;

/** An `EventSink` that sends each event to every given web contents on its contract channel. */
export function eventSender(targets: () => Array<{ send(channel: string, payload: unknown): void }>): EventSink {
  return (event, payload) => {
    for (const target of targets()) target.send(eventChannelOf(event), payload);
  };
}

/**
 * The one forwarder of main's events to a transport: the corpus's progress, changes and the
 * letters of a load under way go to `sink` as `corpusProgress`, `corpusChanged` and `corpusLetters`. Used by Electron and the preview alike.
 * Returns a function that stops forwarding.
 */
export function forwardEvents(corpus: Pick<CorpusPort, 'onProgress' | 'onChanged' | 'onLetters'>, sink: EventSink): () => void {
  const offProgress = corpus.onProgress((progress) => sink('corpusProgress', progress));
  const offChanged = corpus.onChanged((state) => sink('corpusChanged', state));
  const offLetters = corpus.onLetters((letters) => sink('corpusLetters', letters));
  return () => {
    offProgress();
    offChanged();
    offLetters();
  };
}
