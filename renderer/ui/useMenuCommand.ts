import { useEffect, useRef } from 'react';

import type { MenuCommand } from '../../app/ipc/contract';
import { bridge } from '../bridge/api';

/** Calls `handler` for each application-menu command main sends (the latest handler is used). */
export function useMenuCommand(handler: (command: MenuCommand) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const off = bridge().on('menuCommand', (command) => latest.current(command));
    return () => {
      off();
    };
  }, []);
}
