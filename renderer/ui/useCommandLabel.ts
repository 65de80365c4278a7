import { useTranslation } from 'react-i18next';

import type { CommandId } from '../../app/commands/commands';
import { withShortcut } from '../../app/commands/lookup';

/**
 * The label of a command from the command table in the interface language (`Vet`), and with its
 * first shortcut for tooltips (`Vet (Ctrl+B)`). Re-renders on a language change like `t`.
 */
export function useCommandLabel(): { label(id: CommandId): string; tooltip(id: CommandId): string } {
  const { t } = useTranslation();
  const label = (id: CommandId) => t(`commands.${id}`);
  return { label, tooltip: (id) => withShortcut(label(id), id) };
}
