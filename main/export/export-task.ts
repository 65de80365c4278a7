import type { Briefing } from '../../app/briefing/model';
import type { DocxOptions } from '../../app/export/docx/index';
import type { OdtOptions } from '../../app/export/odt/index';

/** One export, sent to the export worker (structured clone). */
export type ExportTask =
  | { id: number; format: 'docx'; briefing: Briefing; options: DocxOptions }
  | { id: number; format: 'pdf'; briefing: Briefing; assetsDir: string }
  /** The PDF export's page count only (`briefingPdfPageCount`): laid out, not drawn. */
  | { id: number; format: 'pdf-pages'; briefing: Briefing; assetsDir: string }
  | { id: number; format: 'odt'; briefing: Briefing; options: OdtOptions };

/** The worker's answer: the file's bytes (transferred) or the page count, or the error's code (a DossierError's) and message. */
export type ExportReply =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: true; pages: number }
  | { id: number; ok: false; code?: string; message: string };
