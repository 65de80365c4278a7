import type { ReportedSource, SourcesReport, VerbatimStatus } from './sources-report';

/** The report's heading, as the exports' appendix and the command line print it. */
export const SOURCES_REPORT_TITLE = 'Bronnenoverzicht';

/** How a passage's verbatim status reads in the report (Dutch, as the exports). */
export const VERBATIM_LABEL: Record<VerbatimStatus, string> = {
  faithful: 'letterlijk',
  changed: 'gewijzigd',
  missing: 'niet gevonden',
  unchecked: 'niet gecontroleerd',
};

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
export function reportSummary(report: SourcesReport): string {
  const sources = report.sources.length === 1 ? '1 bron' : `${report.sources.length} bronnen`;
  const passages = report.passageCount === 1 ? '1 citaat' : `${report.passageCount} citaten`;
  const check = report.checked
    ? 'elk citaat gecontroleerd tegen het corpusbestand bij het maken van dit overzicht'
    : 'niet gecontroleerd (geen corpus)';
  return `${sources}, ${passages}; ${check}.`;
}

/**
 * The sections of the report, one per source, in the order of the report (see buildSourcesReport).
 * The file's hash is shortened to 12 hex digits; `nu gelijk` / `nu <hash>` / `niet meer in het
 * corpus` say what the corpus holds now, when checked.
 */
export function reportSections(report: SourcesReport): ReportSection[] {
  return report.sources.map((source, index) => ({
    heading: `${index + 1}. ${source.citation}`,
    url: source.url,
    details: [
      ...(source.title !== source.citation ? [`Titel: ${source.title}`] : []),
      `Bestand: ${source.file} (${hashNote(source, report.checked)})`,
    ],
    passages: source.passages.map(
      (passage) =>
        `Citaat ${passage.number}${passage.locator ? `, ${passage.locator}` : ''}: “${passage.firstWords}” — ${VERBATIM_LABEL[passage.status]}`,
    ),
  }));
}

function hashNote(source: ReportedSource, checked: boolean): string {
  const recorded = `sha-256 ${source.hash.slice(0, 12)} bij citeren`;
  if (!checked) return recorded;
  if (source.currentHash === null) return `${recorded}; niet meer in het corpus`;
  return source.currentHash === source.hash ? `${recorded}; nu gelijk` : `${recorded}; nu ${source.currentHash.slice(0, 12)}`;
}

/** The whole report as plain text (`dossier sources`), lines ending in `\n`. */
export function formatSourcesReport(report: SourcesReport): string {
  const lines = [`${SOURCES_REPORT_TITLE}${report.briefing ? `: ${report.briefing}` : ''}`, reportSummary(report)];
  for (const section of reportSections(report)) {
    lines.push('', section.heading);
    if (section.url) lines.push(`   ${section.url}`);
    for (const detail of section.details) lines.push(`   ${detail}`);
    for (const passage of section.passages) lines.push(`   - ${passage}`);
  }
  return `${lines.join('\n')}\n`;
}
