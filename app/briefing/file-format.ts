import { describeIssue } from '../ipc/describe-issue';
import { DossierError } from '../ipc/errors';
import { fileVersionOf } from './file-version';
import { migrations } from './migrations';
import { type Briefing, BRIEFING_VERSION, BriefingSchema } from './model';

/** The `format` value of the envelope (docs/dossier-format.md). */
export const FILE_FORMAT = 'dossier-briefing';

/**
 * Serialises a briefing as a `.dossier` file: `{ "format": "dossier-briefing", "version": 1,
 * "briefing": {…} }` (version 2 when the briefing uses version 2's formats or links, see
 * fileVersionOf; `briefing.version` says the same), pretty-printed, keys in the documented (schema) order, unknown keys dropped,
 * so that saving the same briefing twice gives the same bytes. Throws when the briefing is invalid:
 * Dossier never writes a file it could not read back.
 */
export function serializeBriefing(briefing: Briefing): string {
  const result = BriefingSchema.safeParse(briefing);
  if (!result.success) {
    throw new DossierError('invalid', `De briefing kan niet worden opgeslagen: ${describeIssue(result.error, 'briefing')}.`);
  }
  const version = fileVersionOf(result.data);
  return `${JSON.stringify({ format: FILE_FORMAT, version, briefing: { ...result.data, version } }, null, 2)}\n`;
}

/**
 * Reads a `.dossier` file's text: checks the envelope, upgrades older versions through
 * `migrations` (one step at a time, each adding a notice) and validates the result.
 * Throws a DossierError naming the problem: empty, truncated or corrupt, foreign, newer, invalid.
 */
export function parseBriefingFile(text: string): { briefing: Briefing; notices: string[] } {
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '') throw new DossierError('empty', 'Het bestand is leeg: er staat geen briefing in.');
  const foreign = foreignKind(content);
  if (foreign) throw new DossierError('foreign', `Dit is geen Dossier-briefing maar ${foreign}.`);

  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw corrupt(content, error);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== FILE_FORMAT) {
    throw new DossierError('foreign', `Dit bestand is geen Dossier-briefing: het veld "format" met de waarde "${FILE_FORMAT}" ontbreekt.`);
  }
  const envelope = data as { version?: unknown; briefing?: unknown };
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new DossierError('invalid', 'Het bestand heeft geen geldig versienummer (veld "version").');
  }
  if (version > BRIEFING_VERSION) {
    throw new DossierError(
      'too-new',
      `Dit bestand is gemaakt met een nieuwere versie van Dossier (versie ${version}); deze versie leest tot en met versie ${BRIEFING_VERSION}. Werk Dossier bij om het te openen.`,
    );
  }

  const notices: string[] = [];
  let briefing = envelope.briefing;
  // Versions 2, 3 and 4 only add fields and a block type to version 1: read as they are; older ones are migrated to 1.
  for (let from = version; from < 1; from++) {
    const step = migrations[from];
    if (!step) throw new DossierError('too-old', `Bestanden van versie ${from} kunnen niet meer worden gelezen.`);
    const migrated = step(briefing);
    briefing = migrated.briefing;
    notices.push(migrated.notice);
  }
  const result = BriefingSchema.safeParse(briefing);
  if (!result.success) {
    throw new DossierError('invalid', `Het bestand bevat geen geldige briefing: ${describeIssue(result.error, 'briefing')}.`);
  }
  return { briefing: result.data, notices };
}

/** Recognises files people pick by mistake (by their magic bytes, which survive text decoding). */
function foreignKind(content: string): string | null {
  if (content.startsWith('PK\u0003\u0004')) return 'een ZIP-bestand (bijvoorbeeld een Word-document, .docx)';
  if (content.startsWith('%PDF')) return 'een PDF-bestand';
  if (content.startsWith('\u00D0\u00CF\u0011\u00E0') || content.startsWith('\uFFFD\uFFFD\u0011\uFFFD'))
    return 'een ouder Office-bestand (.doc)';
  if (/^\s*</.test(content)) return 'een XML- of HTML-bestand';
  return null;
}

function corrupt(content: string, error: unknown): DossierError {
  const detail = error instanceof Error ? error.message : String(error);
  // A file cut off while writing (or copying) ends inside the JSON: say so, it helps find the backup.
  if (/end of (JSON )?input|Unterminated/i.test(detail) || isUnbalanced(content)) {
    return new DossierError(
      'corrupt',
      'Het bestand is onvolledig (afgebroken): de briefing eindigt midden in de tekst. Probeer de reservekopie (.dossier.bak).',
    );
  }
  const position = /position (\d+)/.exec(detail)?.[1];
  const where = position ? ` bij teken ${Number(position) + 1}` : '';
  return new DossierError('corrupt', `Het bestand is beschadigd: het is geen geldige JSON${where}.`);
}

/** True when brackets opened outside strings are not all closed (a truncated file). */
function isUnbalanced(content: string): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < content.length; index++) {
    const char = content[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
  }
  return inString || depth > 0;
}
