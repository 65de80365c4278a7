import { describe, expect, it } from 'vitest';

import { COMMANDS } from '../../../app/commands/commands';
import { commands } from '../../../renderer/i18n/strings/commands';
import { editor } from '../../../renderer/i18n/strings/editor';
import { library } from '../../../renderer/i18n/strings/library';
import { reader } from '../../../renderer/i18n/strings/reader';

describe('command labels in the interface strings', () => {
  it('come from the command table, per language, without the menu ellipsis', () => {
    expect(commands.nl.bold).toBe('Vet');
    expect(commands.en['briefing-save-as']).toBe('Save as');
    expect(commands.nl['export-docx']).toBe('Exporteren naar Word');
    for (const entry of COMMANDS) expect(commands.en[entry.id]).toBe(entry.label.en.replace(/…$/, ''));
  });

  it('are defined once: no pane string repeats a command label', () => {
    const labels = new Set(COMMANDS.flatMap((entry) => [entry.label.nl, entry.label.en]));
    // Not commands of the table: the reader's metadata form saves the sidecar, the search field's
    // name happens to read like the find command in English.
    const others = new Set<string>([reader.nl.save, reader.en.save, library.en.search]);
    const duplicates = [editor, reader, library]
      .flatMap((strings) => [...Object.values(strings.nl), ...Object.values(strings.en)])
      .filter((text) => labels.has(text) && !others.has(text));
    expect(duplicates).toEqual([]);
  });
});
