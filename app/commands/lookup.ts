import { command, type CommandId, COMMANDS, type CommandScope, type CommandSpec } from './commands';
import { type KeyPress, matchesShortcut, shortcutLabel } from './shortcut';

/**
 * The command of `scope` whose shortcut this key press is, or null. Shortcuts are unique within a
 * scope (a unit test checks it), so at most one command matches.
 */
export function commandForKey(scope: CommandScope, press: KeyPress): CommandId | null {
  const found = COMMANDS.find(
    (entry: CommandSpec) => entry.scope === scope && entry.shortcuts.some((shortcut) => matchesShortcut(shortcut, press)),
  );
  return found?.id ?? null;
}

/** `label (Ctrl+…)` with the command's first shortcut, e.g. `Vet (Ctrl+B)`; the label alone without one. */
export function withShortcut(label: string, id: CommandId): string {
  const first = command(id).shortcuts[0];
  return first ? `${label} (${shortcutLabel(first)})` : label;
}

/** The command's first shortcut as users read it (`Ctrl+Shift+Enter`), or null. */
export function shortcutText(id: CommandId): string | null {
  const first = command(id).shortcuts[0];
  return first ? shortcutLabel(first) : null;
}

/**
 * The README's shortcut table (GitHub Markdown): one row per command with a shortcut, in table
 * order, `| Shortcut | Command |`, alternatives joined by " or ". Columns are padded as Prettier
 * pads Markdown tables, so the README stays Prettier-clean.
 */
export function shortcutTableMarkdown(): string {
  const rows = COMMANDS.filter((entry: CommandSpec) => entry.shortcuts.length > 0).map((entry: CommandSpec) => [
    entry.shortcuts.map(shortcutLabel).join(' or '),
    entry.label.en.replace(/…$/, ''),
  ]);
  const head = ['Shortcut', 'Command'];
  const widths = head.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(head), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
