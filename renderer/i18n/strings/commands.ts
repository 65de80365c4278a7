import { type CommandId, COMMANDS, type CommandSpec } from '../../../app/commands/commands';

type Labels = Record<CommandId, string>;

/**
 * The commands' labels per language, made from the one command table (app/commands) so each label
 * is defined once: `commands.<id>` in the interface strings, e.g. `commands.bold` → `Vet`. The menu's
 * trailing ellipsis ("Opslaan als…", a dialog follows) is dropped: buttons and tooltips name the action.
 */
function labels(language: 'nl' | 'en'): Labels {
  return Object.fromEntries(COMMANDS.map((entry: CommandSpec) => [entry.id, entry.label[language].replace(/…$/, '')])) as Labels;
}

export const commands = { nl: labels('nl'), en: labels('en') };
