/**
 * A keyboard shortcut: the command key (Ctrl on Windows and Linux, Cmd on macOS) unless
 * `commandKey` is false, optionally Shift and/or Alt, plus one key: a letter `A`–`Z`, `Enter`, or
 * an arrow key (`ArrowLeft`, `ArrowRight`: Alt+← and Alt+→ go back and forward, as in browsers).
 */
export interface Shortcut {
  key: ShortcutKey;
  shift?: boolean;
  alt?: boolean;
  /** False: the shortcut is pressed without Ctrl/Cmd (Alt+←). Default true. */
  commandKey?: boolean;
  /**
   * True: macOS keeps this combination for itself (Cmd+H hides the application), so the menu there
   * shows and registers the command's next shortcut instead (see `menuShortcut`).
   */
  reservedOnMac?: boolean;
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
export type ShortcutKey = Letter | 'Enter' | 'ArrowLeft' | 'ArrowRight';

/** The parts of a DOM `KeyboardEvent` a shortcut is matched on (so this stays free of DOM types). */
export interface KeyPress {
  /** The physical key, e.g. `KeyS`, `Enter` (`KeyboardEvent.code`). */
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /**
   * `KeyboardEvent.getModifierState`: `'AltGraph'` is true while AltGr is held. On Windows AltGr
   * reports Ctrl and Alt too, so without this AltGr+F (a character on many keyboards) would be
   * taken for Ctrl+Alt+F.
   */
  getModifierState?(key: string): boolean;
}

const ARROWS = { accelerator: { ArrowLeft: 'Left', ArrowRight: 'Right' }, label: { ArrowLeft: '←', ArrowRight: '→' } } as const;

const parts = (shortcut: Shortcut, command: string, key: string = shortcut.key): string[] => [
  ...(shortcut.commandKey === false ? [] : [command]),
  ...(shortcut.shift ? ['Shift'] : []),
  ...(shortcut.alt ? ['Alt'] : []),
  key,
];

const arrow = (shortcut: Shortcut, names: Record<'ArrowLeft' | 'ArrowRight', string>): string =>
  shortcut.key === 'ArrowLeft' || shortcut.key === 'ArrowRight' ? names[shortcut.key] : shortcut.key;

/**
 * The shortcut the application menu shows and registers for a command with `shortcuts` (in table
 * order) on this platform: the first one, except on macOS the first one not `reservedOnMac`;
 * undefined when there is none.
 */
export function menuShortcut(shortcuts: readonly Shortcut[], isMac: boolean): Shortcut | undefined {
  return shortcuts.find((shortcut) => !(isMac && shortcut.reservedOnMac));
}

/** Electron's accelerator syntax, e.g. `CmdOrCtrl+Shift+S`, `Alt+Left` (modifiers in the order Shift, Alt). */
export function accelerator(shortcut: Shortcut): string {
  return parts(shortcut, 'CmdOrCtrl', arrow(shortcut, ARROWS.accelerator)).join('+');
}

/** As users read it in tooltips and the README, e.g. `Ctrl+Shift+S`, `Alt+←`. */
export function shortcutLabel(shortcut: Shortcut): string {
  return parts(shortcut, 'Ctrl', arrow(shortcut, ARROWS.label)).join('+');
}

/** The value of an `aria-keyshortcuts` attribute (WAI-ARIA 1.2 key names), e.g. `Control+Shift+Enter`, `Alt+ArrowLeft`. */
export function ariaKeyShortcut(shortcut: Shortcut): string {
  return parts(shortcut, 'Control').join('+');
}

/**
 * Whether a key press is this shortcut: Ctrl or Cmd held (neither, when `commandKey` is false),
 * Shift and Alt exactly as the shortcut says, and the physical key (`code`; `Enter` also on the
 * number pad). A press with AltGr held is never a Ctrl+Alt shortcut: on Windows AltGr is reported
 * as Ctrl+Alt, and AltGr+letter types a character (€, é, µ on US-International and many others).
 */
export function matchesShortcut(shortcut: Shortcut, press: KeyPress): boolean {
  const key =
    shortcut.key === 'Enter'
      ? press.code === 'Enter' || press.code === 'NumpadEnter'
      : press.code === (shortcut.key.startsWith('Arrow') ? shortcut.key : `Key${shortcut.key}`);
  const command = press.ctrlKey || press.metaKey;
  if (shortcut.alt && shortcut.commandKey !== false && press.getModifierState?.('AltGraph')) return false;
  return (
    key &&
    command === (shortcut.commandKey !== false) &&
    press.shiftKey === Boolean(shortcut.shift) &&
    press.altKey === Boolean(shortcut.alt)
  );
}
