import { call } from '../../../bridge/api';
import type { OpenLink } from './link-commands';

/** Hands a link's address to the system browser through the `openLink` IPC method (main checks it again); failures are silent. */
export const openLink: OpenLink = (url) => {
  void call('openLink', { url }).catch(() => undefined);
};
