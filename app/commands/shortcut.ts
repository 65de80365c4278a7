/**
 * A keyboard shortcut: always with the command key (Ctrl on Windows and Linux, Cmd on macOS),
 * optionally Shift and/or Alt, plus one key: a letter `A`–`Z` or `Enter`.
 */
export interface Shortcut {
  key: ShortcutKey;
  shift?: boolean;
  alt?: boolean;
}

type Letter =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'G'
  | 'H'
  | 'I'
  | 'J'
  | 'K'
  | 'L'
  | 'M'
  | 'N'
  | 'O'
  | 'P'
  | 'Q'
  | 'R'
  | 'S'
  | 'T'
  | 'U'
  | 'V'
  | 'W'
  | 'X'
  | 'Y'
  | 'Z';
export type ShortcutKey = Letter | 'Enter';

/** The parts of a DOM `KeyboardEvent` a shortcut is matched on (so this stays free of DOM types). */
export interface KeyPress {
  /** The physical key, e.g. `KeyS`, `Enter` (`KeyboardEvent.code`). */
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const parts = (shortcut: Shortcut, command: string): string[] => [
  command,
  ...(shortcut.shift ? ['Shift'] : []),
  ...(shortcut.alt ? ['Alt'] : []),
  shortcut.key,
];

/** Electron's accelerator syntax, e.g. `CmdOrCtrl+Shift+S` (modifiers in the order Shift, Alt). */
export function accelerator(shortcut: Shortcut): string {
  return parts(shortcut, 'CmdOrCtrl').join('+');
}

/** As users read it in tooltips and the README, e.g. `Ctrl+Shift+S`. */
export function shortcutLabel(shortcut: Shortcut): string {
  return parts(shortcut, 'Ctrl').join('+');
}

/** The value of an `aria-keyshortcuts` attribute (WAI-ARIA 1.2 key names), e.g. `Control+Shift+Enter`. */
export function ariaKeyShortcut(shortcut: Shortcut): string {
  return parts(shortcut, 'Control').join('+');
}

/**
 * Whether a key press is this shortcut: Ctrl or Cmd held, Shift and Alt exactly as the shortcut
 * says, and the physical key (`code`; `Enter` also on the number pad).
 */
export function matchesShortcut(shortcut: Shortcut, press: KeyPress): boolean {
  const key = shortcut.key === 'Enter' ? press.code === 'Enter' || press.code === 'NumpadEnter' : press.code === `Key${shortcut.key}`;
  return key && (press.ctrlKey || press.metaKey) && press.shiftKey === Boolean(shortcut.shift) && press.altKey === Boolean(shortcut.alt);
}
