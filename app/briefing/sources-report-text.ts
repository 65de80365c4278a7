import type { ReportedSource, SourcesReport, VerbatimStatus } from './sources-report';

/** The language the report is written in: the briefing's export language, or the command line's (Dutch). */
export type ReportLanguage = 'nl' | 'en';

/**
 * Every fixed word of the Bronnenoverzicht, per language (issue 15's sources report; issue 21: an
 * English briefing's exports print English fixed words). Citations, titles and quoted words are
 * the sources' own and are never translated.
 */
const REPORT_WORDS = {
  nl: {
    title: 'Bronnenoverzicht',
    verbatim: { faithful: 'letterlijk', changed: 'gewijzigd', missing: 'niet gevonden', unchecked: 'niet gecontroleerd' },
    sources: (n: number) => (n === 1 ? '1 bron' : `${n} bronnen`),
    passages: (n: number) => (n === 1 ? '1 citaat' : `${n} citaten`),
    checked: 'elk citaat gecontroleerd tegen het corpusbestand bij het maken van dit overzicht',
    unchecked: 'niet gecontroleerd (geen corpus)',
    titleLabel: 'Titel',
    fileLabel: 'Bestand',
    passage: 'Citaat',
    whenQuoted: 'bij citeren',
    gone: 'niet meer in het corpus',
    same: 'nu gelijk',
    now: 'nu',
  },
  en: {
    title: 'Sources',
    verbatim: { faithful: 'verbatim', changed: 'changed', missing: 'not found', unchecked: 'not checked' },
    sources: (n: number) => (n === 1 ? '1 source' : `${n} sources`),
    passages: (n: number) => (n === 1 ? '1 quotation' : `${n} quotations`),
    checked: 'each quotation checked against its corpus file when this report was made',
    unchecked: 'not checked (no corpus)',
    titleLabel: 'Title',
    fileLabel: 'File',
    passage: 'Quotation',
    whenQuoted: 'when quoted',
    gone: 'no longer in the corpus',
    same: 'unchanged',
    now: 'now',
  },
} as const satisfies Record<ReportLanguage, { verbatim: Record<VerbatimStatus, string> } & Record<string, unknown>>;

/** The report's heading, as the exports' appendix and the command line print it (Dutch). */
export const SOURCES_REPORT_TITLE = REPORT_WORDS.nl.title;

/** The report's heading in `language`: `Bronnenoverzicht`, `Sources`. */
export function sourcesReportTitle(language: ReportLanguage = 'nl'): string {
  return REPORT_WORDS[language].title;
}

/** How a passage's verbatim status reads in the report (Dutch, as the command line prints it). */
export const VERBATIM_LABEL: Record<VerbatimStatus, string> = REPORT_WORDS.nl.verbatim;

/**
 * A passage's verbatim status in `language`, as the report prints it and the app's sources dialog
 * shows it: `letterlijk`/`verbatim`, `gewijzigd`/`changed`, `niet gevonden`/`not found`,
 * `niet gecontroleerd`/`not checked`.
 */
export function verbatimLabel(status: VerbatimStatus, language: ReportLanguage = 'nl'): string {
  return REPORT_WORDS[language].verbatim[status];
}

/** One source as the exports print it: a numbered heading, its link, what identifies the file, its passages. */
export interface ReportSection {
  /** `1. Kamerstukken II 2025/26, 36 045, nr. 264`. */
  heading: string;
  /** The publication link, printed as a hyperlink; null when the source has none. */
  url: string | null;
  /** `Titel: …` (when it differs from the citation), `Bestand: … (sha-256 …)`. */
  details: string[];
  /** `Citaat 2, alinea 3: "Vandaag komen de …" — letterlijk`. */
  passages: string[];
}

/** The line under the heading: how many sources and passages, and whether and how they were checked. */
export function reportSummary(report: SourcesReport, language: ReportLanguage = 'nl'): string {
  const words = REPORT_WORDS[language];
  return `${words.sources(report.sources.length)}, ${words.passages(report.passageCount)}; ${report.checked ? words.checked : words.unchecked}.`;
}

/**
 * The sections of the report, one per source, in the order of the report (see buildSourcesReport),
 * with the fixed words in `language` (Dutch unless said). The file's hash is shortened to 12 hex
 * digits; `nu gelijk` / `nu <hash>` / `niet meer in het corpus` say what the corpus holds now,
 * when checked.
 */
export function reportSections(report: SourcesReport, language: ReportLanguage = 'nl'): ReportSection[] {
  const words = REPORT_WORDS[language];
  return report.sources.map((source, index) => ({
    heading: `${index + 1}. ${source.citation}`,
    url: source.url,
    details: [
      ...(source.title !== source.citation ? [`${words.titleLabel}: ${source.title}`] : []),
      `${words.fileLabel}: ${source.file} (${hashNote(source, report.checked, language)})`,
    ],
    passages: source.passages.map(
      (passage) =>
        `${words.passage} ${passage.number}${passage.locator ? `, ${passage.locator}` : ''}: “${passage.firstWords}” — ${words.verbatim[passage.status]}`,
    ),
  }));
}

function hashNote(source: ReportedSource, checked: boolean, language: ReportLanguage): string {
  const words = REPORT_WORDS[language];
  const recorded = `sha-256 ${source.hash.slice(0, 12)} ${words.whenQuoted}`;
  if (!checked) return recorded;
  if (source.currentHash === null) return `${recorded}; ${words.gone}`;
  return source.currentHash === source.hash ? `${recorded}; ${words.same}` : `${recorded}; ${words.now} ${source.currentHash.slice(0, 12)}`;
}

/** The whole report as plain text (`dossier sources`), lines ending in `\n`; Dutch unless `language` says otherwise. */
export function formatSourcesReport(report: SourcesReport, language: ReportLanguage = 'nl'): string {
  const lines = [`${sourcesReportTitle(language)}${report.briefing ? `: ${report.briefing}` : ''}`, reportSummary(report, language)];
  for (const section of reportSections(report, language)) {
    lines.push('', section.heading);
    if (section.url) lines.push(`   ${section.url}`);
    for (const detail of section.details) lines.push(`   ${detail}`);
    for (const passage of section.passages) lines.push(`   - ${passage}`);
  }
  return `${lines.join('\n')}\n`;
}
