import type { MenuCommand } from '../ipc/contract';
import type { Shortcut } from './shortcut';

/**
 * Who acts on a command's shortcut:
 * - `menu`: the application menu (its accelerator); in the browser preview, which has no menu, the
 *   window's key handler (renderer/ui/useCommands) does the same;
 * - `editor`: the briefing editor, while it has the focus (Lexical's own or a plugin's key command);
 * - `reader`: the reader pane's key handler, while it holds a selection;
 * - `window`: the window's key handler (renderer/state/useReaderHistory), wherever the focus is
 *   except in text being edited (the briefing, a field), in Electron and the preview alike; the
 *   menu shows these shortcuts without registering them, so Alt+← still moves the caret in text.
 */
export type CommandScope = 'menu' | 'editor' | 'reader' | 'window';

/** A command of the editor or the reader that is not in the application menu. */
export type EditorCommand =
  | 'undo'
  | 'redo'
  | 'bold'
  | 'italic'
  | 'underline'
  | 'strikethrough'
  | 'subscript'
  | 'superscript'
  | 'insert-link'
  | 'insert-footnote'
  | 'add-comment'
  | 'add-passage';

export type CommandId = MenuCommand | EditorCommand;

export interface CommandSpec<Id extends CommandId = CommandId> {
  id: Id;
  scope: CommandScope;
  /** What users see: `nl` in the menu and the Dutch interface, `en` in the README and the English interface. */
  label: { nl: string; en: string };
  /** The first one is shown in tooltips; every one works. Empty: no shortcut. */
  shortcuts: readonly Shortcut[];
}

const spec = <Id extends CommandId>(id: Id, scope: CommandScope, nl: string, en: string, ...shortcuts: Shortcut[]): CommandSpec<Id> => ({
  id,
  scope,
  label: { nl, en },
  shortcuts,
});

/**
 * Every command that has a shortcut or a menu item, in menu order. The Electron menu
 * (main/menu.ts), the toolbar's and buttons' tooltips, the browser preview's key handling and the
 * README's shortcut table are all made from this list.
 */
export const COMMANDS = [
  spec('briefing-new', 'menu', 'Nieuwe notitie', 'New briefing', { key: 'N' }),
  spec('briefing-open', 'menu', 'Notitie openen…', 'Open briefing…', { key: 'O' }),
  spec('briefing-save', 'menu', 'Opslaan', 'Save', { key: 'S' }),
  spec('briefing-save-as', 'menu', 'Opslaan als…', 'Save as…', { key: 'S', shift: true }),
  spec('corpus-open', 'menu', 'Corpus openen…', 'Open corpus…', { key: 'O', shift: true }),
  spec('export-docx', 'menu', 'Exporteren naar Word…', 'Export to Word…', { key: 'E' }),
  spec('export-pdf', 'menu', 'Exporteren naar PDF…', 'Export to PDF…', { key: 'E', shift: true }),
  spec('export-odt', 'menu', 'Exporteren naar OpenDocument (.odt)…', 'Export to OpenDocument (.odt)…'),
  spec('print', 'menu', 'Afdrukken…', 'Print…', { key: 'P' }),
  // Ctrl+F searches the briefing while it has the focus (the find bar opens), the corpus otherwise.
  spec('find', 'menu', 'Zoeken (notitie of corpus)', 'Find (briefing or corpus)', { key: 'F' }),
  spec(
    'find-replace',
    'menu',
    'Zoeken en vervangen in notitie…',
    'Find and replace in briefing…',
    { key: 'H', reservedOnMac: true },
    { key: 'H', shift: true },
  ),
  spec('check-quotes', 'menu', 'Citaten controleren', 'Check quotes', { key: 'K', shift: true }),
  spec('sources-report', 'menu', 'Bronnenoverzicht…', 'Sources report…', { key: 'L', shift: true }),
  spec('language-nl', 'menu', 'Nederlands', 'Dutch'),
  spec('language-en', 'menu', 'English', 'English'),
  spec('reader-back', 'window', 'Terug', 'Back', { key: 'ArrowLeft', alt: true, commandKey: false }),
  spec('reader-forward', 'window', 'Vooruit', 'Forward', { key: 'ArrowRight', alt: true, commandKey: false }),
  spec('undo', 'editor', 'Ongedaan maken', 'Undo', { key: 'Z' }),
  spec('redo', 'editor', 'Opnieuw', 'Redo', { key: 'Z', shift: true }, { key: 'Y' }),
  spec('bold', 'editor', 'Vet', 'Bold', { key: 'B' }),
  spec('italic', 'editor', 'Cursief', 'Italic', { key: 'I' }),
  spec('underline', 'editor', 'Onderstrepen', 'Underline', { key: 'U' }),
  spec('strikethrough', 'editor', 'Doorhalen', 'Strikethrough'),
  spec('subscript', 'editor', 'Subscript', 'Subscript'),
  spec('superscript', 'editor', 'Superscript', 'Superscript'),
  spec('insert-link', 'editor', 'Link invoegen of bewerken', 'Insert or edit link', { key: 'K' }),
  spec('insert-footnote', 'editor', 'Voetnoot invoegen', 'Insert footnote', { key: 'F', alt: true }),
  spec('add-comment', 'editor', 'Opmerking toevoegen', 'Add comment', { key: 'M', alt: true }),
  spec('add-passage', 'reader', 'Aan notitie toevoegen', 'Add to briefing', { key: 'Enter', shift: true }),
] as const satisfies readonly CommandSpec[];

const BY_ID = new Map<CommandId, CommandSpec>(COMMANDS.map((command) => [command.id, command]));

/** The command with this id; throws for an id the table lacks (a programming error). */
export function command(id: CommandId): CommandSpec {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Unknown command: ${id}`);
  return found;
}
