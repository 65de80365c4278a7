import type { MessageTable } from './message';
import { ASSEMBLE_MESSAGES } from './table-assemble';
import { CORPUS_MESSAGES } from './table-corpus';
import { DOCX_MESSAGES } from './table-docx';
import { FILE_MESSAGES } from './table-files';
import { ISSUE_MESSAGES } from './table-issues';
import { LINK_MESSAGES } from './table-links';
import { PASSAGE_MESSAGES } from './table-passages';
import { PDF_MESSAGES } from './table-pdf';
import { PREVIEW_MESSAGES } from './table-preview';
import { PROBLEM_MESSAGES } from './table-problems';
import { QUOTE_MESSAGES } from './table-quotes';
import { SIDECAR_MESSAGES } from './table-sidecar';
import { TEMPLATE_MESSAGES } from './table-templates';

/**
 * Every keyed message main shows the user, in Dutch and English: one table, split by subject.
 * Add a message here (both languages) before throwing it.
 */
export const MESSAGES = {
  ...FILE_MESSAGES,
  ...CORPUS_MESSAGES,
  ...PREVIEW_MESSAGES,
  ...PROBLEM_MESSAGES,
  ...DOCX_MESSAGES,
  ...ISSUE_MESSAGES,
  ...SIDECAR_MESSAGES,
  ...QUOTE_MESSAGES,
  ...PDF_MESSAGES,
  ...LINK_MESSAGES,
  ...PASSAGE_MESSAGES,
  ...TEMPLATE_MESSAGES,
  ...ASSEMBLE_MESSAGES,
} as const satisfies MessageTable;

export type MessageKey = keyof typeof MESSAGES;
