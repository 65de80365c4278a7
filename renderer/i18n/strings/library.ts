/** Library pane strings. */
export const library = {
  nl: {
    title: 'Bibliotheek',
    sample: 'Voorbeeldcorpus',
    letters_one: '{{count}} brief',
    letters_other: '{{count}} brieven',
    untitled: 'Zonder titel',
    noDate: 'Datum onbekend',
    loading: 'Corpus laden…',
  },
  en: {
    title: 'Library',
    sample: 'Sample corpus',
    letters_one: '{{count}} letter',
    letters_other: '{{count}} letters',
    untitled: 'Untitled',
    noDate: 'Date unknown',
    loading: 'Loading corpus…',
  },
} as const;
