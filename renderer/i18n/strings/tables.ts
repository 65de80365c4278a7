/** Table strings of the briefing editor (renderer/editor/plugins/Tables, the toolbar's table tools, quoted tables). */
export const tables = {
  nl: {
    insert: 'Tabel invoegen (rijen × kolommen)',
    insertShort: 'Tabel',
    rows: 'Rijen',
    columns: 'Kolommen',
    addRow: 'Rij toevoegen onder de cursor',
    addColumn: 'Kolom toevoegen rechts van de cursor',
    removeRow: 'Rij van de cursor verwijderen',
    removeColumn: 'Kolom van de cursor verwijderen',
    header: 'Eerste rij als kopregel (herhaald op elke pagina bij exporteren)',
    headerShort: 'Kopregel',
    quoted: 'Geciteerde tabel',
  },
  en: {
    insert: 'Insert table (rows × columns)',
    insertShort: 'Table',
    rows: 'Rows',
    columns: 'Columns',
    addRow: 'Add a row below the cursor',
    addColumn: 'Add a column right of the cursor',
    removeRow: "Remove the cursor's row",
    removeColumn: "Remove the cursor's column",
    header: 'First row as header row (repeated on every page when exported)',
    headerShort: 'Header',
    quoted: 'Quoted table',
  },
} as const;
