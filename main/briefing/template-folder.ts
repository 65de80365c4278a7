import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { parseBriefingFile } from '../../app/briefing/file-format';
import type { Briefing } from '../../app/briefing/model';
import { BUILT_IN_TEMPLATES, isTemplateFileName, templateDisplayName } from '../../app/briefing/nota/template-file';
import type { TemplateEntry, TemplateList, TemplateRef } from '../../app/ipc/contract';
import { DossierError, errorTextIn } from '../../app/ipc/errors';
import { type Message, message } from '../../app/ipc/messages';
import { ioCode, ioReasonMessage } from '../io-errors';
import { interfaceLanguage } from '../language';

/** Far larger than any template: a file over it is listed as unusable without being read. */
const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

/** The name of the user's templates folder inside the app's data folder. */
export const USER_TEMPLATES_FOLDER = 'Sjablonen';

export interface TemplateFolderOptions {
  /** `assets/templates`: the built-in templates shipped with the app (read-only). */
  builtinDir: string;
  /** `<userData>/Sjablonen`: the user's own templates, plain `.dossier` files. */
  userDir: string;
}

/**
 * The nota templates (issue 19): the built-in `.dossier` files (BUILT_IN_TEMPLATES) and every
 * `.dossier` file directly in the user's templates folder. A template is an ordinary briefing
 * file, read with parseBriefingFile; one that cannot be read is listed with the reason instead of
 * failing the list. Files are resolved only by plain name inside these two folders.
 */
export class TemplateFolder {
  constructor(private readonly options: TemplateFolderOptions) {}

  /** The user's templates folder (absolute). */
  get userDir(): string {
    return this.options.userDir;
  }

  /** Built-ins first (in their fixed order), then the user's templates sorted by name; never throws for a bad file. */
  async list(): Promise<TemplateList> {
    const builtins = await Promise.all(BUILT_IN_TEMPLATES.map(({ file }) => this.entry('builtin', file)));
    const files = await this.userFiles();
    const users = await Promise.all(files.map((file) => this.entry('user', file)));
    return { templates: [...builtins, ...users], folder: this.options.userDir };
  }

  /**
   * The briefing of a template. Throws a DossierError: `not-found` when the file is not (or no
   * longer) there, the reader's own code (`corrupt`, `foreign`, `too-new`, `invalid`…) with the
   * reason "Dit sjabloon is onbruikbaar: het bestand is onvolledig (afgebroken)." (one sentence in
   * the interface language, parseReason) when it is not a usable briefing.
   */
  async open(ref: TemplateRef): Promise<Briefing> {
    if (!isTemplateFileName(ref.file) || (ref.origin === 'builtin' && !BUILT_IN_TEMPLATES.some((t) => t.file === ref.file))) {
      throw new DossierError('not-found', message('template.not-found', { name: ref.file }));
    }
    return this.read(ref.origin, ref.file);
  }

  /** Makes the user's templates folder when it does not exist yet; returns its path. */
  async ensureUserDir(): Promise<string> {
    await mkdir(this.options.userDir, { recursive: true });
    return this.options.userDir;
  }

  private async entry(origin: TemplateEntry['origin'], file: string): Promise<TemplateEntry> {
    const name = origin === 'user' ? templateDisplayName(file) : file;
    try {
      const briefing = await this.read(origin, file);
      return { origin, file, name, kind: briefing.properties.notaKind ?? null, problem: null };
    } catch (error) {
      return { origin, file, name, kind: null, problem: errorTextIn(error, interfaceLanguage()) };
    }
  }

  private async read(origin: TemplateEntry['origin'], file: string): Promise<Briefing> {
    const path = join(origin === 'builtin' ? this.options.builtinDir : this.options.userDir, file);
    let text: string;
    try {
      if ((await stat(path)).size > MAX_TEMPLATE_BYTES) {
        throw new DossierError('too-large', message('template.unusable', { reason: message('template.too-large') }));
      }
      text = new TextDecoder('utf-8').decode(await readFile(path));
    } catch (error) {
      if (error instanceof DossierError) throw error;
      if ((error as { code?: unknown }).code === 'ENOENT')
        throw new DossierError('not-found', message('template.not-found', { name: file }));
      throw new DossierError(ioCode(error), message('template.unusable', { reason: ioReasonMessage(error) }));
    }
    try {
      return parseBriefingFile(text).briefing;
    } catch (error) {
      const code = error instanceof DossierError ? error.code : 'invalid';
      throw new DossierError(code, message('template.unusable', { reason: parseReason(error) }));
    }
  }

  /** The plain `.dossier` files directly in the user's folder (none when it does not exist yet), by name. */
  private async userFiles(): Promise<string[]> {
    let entries: { name: string; isFile(): boolean; isSymbolicLink(): boolean }[];
    try {
      entries = await readdir(this.options.userDir, { withFileTypes: true });
    } catch {
      return [];
    }
    return entries
      .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && isTemplateFileName(entry.name))
      .map((entry) => entry.name)
      .sort((a, b) => a.localeCompare(b, 'nl'));
  }
}

/**
 * Why parseBriefingFile refused a template, as a keyed clause (`template.reason.*`) chosen by the
 * error's code: the reader's own Dutch text speaks of briefings and their backup, which a template
 * has not. A truncated file (reader code `corrupt`, text "onvolledig") is told apart from bad JSON.
 */
function parseReason(error: unknown): Message {
  const code = error instanceof DossierError ? error.code : 'invalid';
  if (code === 'corrupt')
    return message(/onvolledig/.test((error as Error).message) ? 'template.reason.truncated' : 'template.reason.corrupt');
  if (code === 'empty' || code === 'foreign' || code === 'too-new' || code === 'too-old') return message(`template.reason.${code}`);
  return message('template.reason.invalid');
}
