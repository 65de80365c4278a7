import type { BriefingProperties } from '../../briefing/model';

/** The core document properties (docProps/core.xml) docx writes: dc:title, dc:subject, dc:creator, cp:keywords, cp:lastModifiedBy. */
export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  lastModifiedBy: string;
  keywords: string;
}

/**
 * Document properties from the briefing: its title, its subject ("Betreft"), its author as
 * creator (falling back to `fallbackCreator`, then "Dossier", when the briefing names none) and
 * its keywords, comma-separated as Word shows them.
 */
export function coreProperties(properties: BriefingProperties, fallbackCreator?: string): CoreProperties {
  const creator = properties.author.trim() || fallbackCreator?.trim() || 'Dossier';
  return {
    title: properties.title.trim(),
    subject: properties.subject.trim(),
    creator,
    lastModifiedBy: creator,
    keywords: properties.keywords.map((keyword) => keyword.trim()).filter(Boolean).join(', '),
  };
}
