import type { BriefingProperties } from '../../briefing/model';

/** The language of an export's fixed words: the briefing's own setting, Dutch when it has none. */
export type ExportLanguage = 'nl' | 'en';

/**
 * Every fixed word an export prints (the Word, PDF and OpenDocument exporters read them here and
 * nowhere else), per language: the title block's row labels (and a nota's: Onderwerp, Kopie aan,
 * Bijlagen, the name of each nota kind), the page label around its two
 * numbers ("Pagina 3 van 12", "Page 3 of 12"), the PDF appendix's heading, the note links'
 * descriptions, and the document language tag (BCP 47).
 */
export const EXPORT_LABELS = {
  nl: {
    titleBlock: { to: 'Aan', from: 'Van', date: 'Datum', subject: 'Betreft', reference: 'Kenmerk' },
    nota: {
      subject: 'Onderwerp',
      copyTo: 'Kopie aan',
      attachments: 'Bijlagen',
      kinds: { beslisnota: 'Beslisnota', informatienota: 'Informatienota', debatnota: 'Nota voor debat' },
    },
    page: { before: 'Pagina ', between: ' van ', after: '' },
    appendix: (number: number, title: string) => `Bijlage ${number}: ${title}`,
    toNote: (number: number) => `Naar voetnoot ${number}`,
    languageTag: 'nl-NL',
  },
  en: {
    titleBlock: { to: 'To', from: 'From', date: 'Date', subject: 'Subject', reference: 'Reference' },
    nota: {
      subject: 'Subject',
      copyTo: 'Copy to',
      attachments: 'Attachments',
      kinds: { beslisnota: 'Decision memorandum', informatienota: 'Information memorandum', debatnota: 'Debate memorandum' },
    },
    page: { before: 'Page ', between: ' of ', after: '' },
    appendix: (number: number, title: string) => `Appendix ${number}: ${title}`,
    toNote: (number: number) => `To footnote ${number}`,
    languageTag: 'en-GB',
  },
} as const;

export type ExportLabels = (typeof EXPORT_LABELS)[ExportLanguage];

/** The briefing's export language (`properties.language`, Dutch when absent). */
export function exportLanguage(properties: Pick<BriefingProperties, 'language'>): ExportLanguage {
  return properties.language === 'en' ? 'en' : 'nl';
}

/** The fixed words for a briefing's exports, in its own language. */
export function exportLabels(properties: Pick<BriefingProperties, 'language'>): ExportLabels {
  return EXPORT_LABELS[exportLanguage(properties)];
}
