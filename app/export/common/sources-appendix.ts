import type { BodyBlock, Briefing, TextInline } from '../../briefing/model';
import type { SourcesReport } from '../../briefing/sources-report';
import { type ReportLanguage, reportSections, reportSummary, sourcesReportTitle } from '../../briefing/sources-report-text';
import { exportLanguage } from './labels';

const text = (value: string, extra: Partial<TextInline> = {}): TextInline => ({ type: 'text', text: value, ...extra });

/**
 * The Bronnenoverzicht (app/briefing/sources-report.ts) as briefing blocks, so that the Word, PDF
 * and ODT exporters print it as they print the briefing (issue 15, "Sources report", optional
 * appendix): a level-1 heading `Bronnenoverzicht`, the summary line, then per source a level-2
 * heading (`1. Kamerstukken II 2025/26, 36 045, nr. 264`), its publication link as a paragraph
 * whose one run links to that URL (only the official publication address, which the report gives
 * for a published paper; each exporter writes its own hyperlink: Word w:hyperlink with an External
 * relationship, PDF a URI link annotation, ODT text:a), its details (title, file and sha-256) and
 * a bulleted list of its passages (`Citaat 2, alinea 3: "…" — letterlijk`). Fixed words as
 * reportSections writes them in `language` (Dutch unless said; `Sources`, `Quotation 2, …` in
 * English). No blocks when the briefing quotes nothing. Pure.
 */
export function sourcesAppendixBlocks(report: SourcesReport, language: ReportLanguage = 'nl'): BodyBlock[] {
  if (report.sources.length === 0) return [];
  const blocks: BodyBlock[] = [
    { type: 'heading', level: 1, children: [text(sourcesReportTitle(language))] },
    { type: 'paragraph', children: [text(reportSummary(report, language))] },
  ];
  for (const section of reportSections(report, language)) {
    blocks.push({ type: 'heading', level: 2, children: [text(section.heading)] });
    if (section.url) blocks.push({ type: 'paragraph', children: [text(section.url, { link: section.url })] });
    for (const detail of section.details) blocks.push({ type: 'paragraph', children: [text(detail)] });
    blocks.push({ type: 'list', ordered: false, items: section.passages.map((passage) => ({ children: [text(passage)] })) });
  }
  return blocks;
}

/**
 * The briefing with its Bronnenoverzicht appended after the body (see sourcesAppendixBlocks), as
 * the exports print it when "Bronnenoverzicht als bijlage" is chosen, in the briefing's export
 * language (`properties.language`, see exportLanguage). Pure; the briefing given is not changed.
 */
export function withSourcesAppendix(briefing: Briefing, report: SourcesReport): Briefing {
  const appendix = sourcesAppendixBlocks(report, exportLanguage(briefing.properties));
  if (appendix.length === 0) return briefing;
  return { ...briefing, body: [...briefing.body, ...appendix] };
}
