import { useEffect, useRef } from 'react';

import { commandForKey } from '../../app/commands/lookup';
import type { MenuCommand } from '../../app/ipc/contract';
import { bridge } from '../bridge/api';
import { isBrowserPreview } from './browser-preview';

export type CommandHandlers = Partial<Record<MenuCommand, () => void>>;

/**
 * Runs the handler of each application-menu command main sends (the latest handlers are used).
 * In the browser preview, which has no application menu, the menu's shortcuts from the command
 * table (app/commands) are handled here instead, with the browser's own action prevented; only
 * commands this caller has a handler for are taken, so several callers can share the keys.
 */
export function useCommands(handlers: CommandHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    let off: (() => void) | undefined;
    try {
      off = bridge().on('menuCommand', (command) => latest.current[command]?.());
    } catch {
      off = undefined; // no bridge: nothing to listen to
    }
    if (!isBrowserPreview()) return off;
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey('menu', event) as MenuCommand | null;
      const handler = command ? latest.current[command] : undefined;
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      off?.();
      window.removeEventListener('keydown', onKey, true);
    };
  }, []);
}
