/** Link and text-format strings of the briefing editor (renderer/editor/plugins/Link, the toolbar's format buttons). */
export const links = {
  nl: {
    address: 'Linkadres (webadres of e-mailadres)',
    save: 'Bijwerken',
    remove: 'Link verwijderen',
    open: 'Openen in browser',
    refused:
      'Alleen een webadres (https://…, http://…) of e-mailadres kan een link zijn; andere adressen (javascript:, file:, …) worden niet opgenomen.',
    notInPassage: 'Een citaat blijft woordelijk: een link kan alleen in uw eigen tekst. Zet de cursor buiten het citaat.',
    draftKept: 'Uw link is nog niet ingevoegd; hij blijft bewaard tot u de link weer opent (Ctrl+K).',
    clickHint: 'Ctrl+klik opent de link in de browser',
    subscriptShort: 'x₂',
    superscriptShort: 'x²',
    linkShort: 'Link',
  },
  en: {
    address: 'Link address (web or e-mail address)',
    save: 'Update',
    remove: 'Remove link',
    open: 'Open in browser',
    refused:
      'Only a web address (https://…, http://…) or e-mail address can be a link; other addresses (javascript:, file:, …) are not taken.',
    notInPassage: 'A quote stays verbatim: a link can only go in your own text. Put the cursor outside the quote.',
    draftKept: 'Your link has not been inserted yet; it is kept until you open the link form again (Ctrl+K).',
    clickHint: 'Ctrl+click opens the link in the browser',
    subscriptShort: 'x₂',
    superscriptShort: 'x²',
    linkShort: 'Link',
  },
};
