import type { EventOf, OpenedBriefing, ParsedRequestOf, ResponseOf } from '../../app/ipc/contract';
import type { PathGrants } from './path-grants';

/**
 * What the handlers need of the services, every type derived from the contract
 * (app/ipc/contract.ts) so main cannot drift from what the renderer is promised.
 */
type Briefing = ParsedRequestOf<'briefingSave'>['briefing'];

/** What the handlers need of the corpus (main/corpus/corpus-service.ts). */
export interface CorpusPort {
  state(): ResponseOf<'corpusState'>;
  open(paths: string[]): Promise<NonNullable<ResponseOf<'corpusOpen'>>>;
  openSample(): Promise<ResponseOf<'corpusOpenSample'>>;
  readLetter(file: string): Promise<ResponseOf<'corpusLetter'>>;
  search(request: ParsedRequestOf<'corpusSearch'>): ResponseOf<'corpusSearch'>;
  searchLetters(request: ParsedRequestOf<'corpusSearchLetters'>): ResponseOf<'corpusSearchLetters'>;
  /** The characters `query` may be extended by, most used first (CorpusService.searchExtensions). */
  searchExtensions(query: string, max: number): string[];
  /** Stops the load in progress (its letters so far stay open); false when none ran. */
  cancelLoad(): boolean;
  updateMeta(file: string, patch: ParsedRequestOf<'corpusUpdateMeta'>['patch']): Promise<ResponseOf<'corpusUpdateMeta'>>;
  recent(): ResponseOf<'corpusRecent'>;
  onProgress(listener: (progress: EventOf<'corpusProgress'>) => void): () => void;
  onChanged(listener: (state: EventOf<'corpusChanged'>) => void): () => void;
  /** Letters of a load under way, usable before it ends (CorpusLettersSchema). */
  onLetters(listener: (letters: EventOf<'corpusLetters'>) => void): () => void;
}

/** What the handlers need of briefing files (main/briefing). */
export interface BriefingPort {
  open(path: string): Promise<OpenedBriefing>;
  save(path: string, briefing: Briefing): Promise<void>;
  autosave(briefing: Briefing, path: string | null): Promise<ResponseOf<'briefingAutosave'>>;
  recovery(): Promise<ResponseOf<'briefingRecovery'>>;
  discardRecovery(): Promise<void>;
  recent(): ResponseOf<'briefingRecent'>;
}

/** "Check quotes": compares every passage with the corpus (app/briefing/quotes.ts). */
export interface QuotePort {
  check(briefing: Briefing): Promise<ResponseOf<'quotesCheck'>>;
}

/** Native dialogs in Electron; scripted answers in the preview and tests. Each returns null when cancelled. */
export interface Dialogs {
  openCorpus(): Promise<string[] | null>;
  openBriefing(): Promise<string | null>;
  saveBriefing(suggestedName: string): Promise<string | null>;
  saveExport(suggestedName: string, kind: ExportKind): Promise<string | null>;
}

/** The file formats a briefing exports to. */
export type ExportKind = 'docx' | 'pdf' | 'odt';

export interface ExportPort {
  docx(briefing: Briefing): Promise<Uint8Array>;
  pdf(briefing: Briefing): Promise<Uint8Array>;
  odt(briefing: Briefing): Promise<Uint8Array>;
  /** The PDF export's page count (ExportRunner.pageCount); rejects with a DossierError `cancelled` when superseded. */
  pageCount(briefing: Briefing): Promise<number>;
  write(path: string, bytes: Uint8Array): Promise<void>;
  print(pdf: Uint8Array): Promise<boolean>;
}

export interface WindowPort {
  setStatus(name: ParsedRequestOf<'briefingSetStatus'>['name'], dirty: boolean): void;
}

/** Hands an official publication's link to the system browser (main/open-link.ts). */
export interface LinkPort {
  /** Opens `url` (already a checked publication URL); false where no browser can be asked. */
  open(url: string): Promise<boolean>;
  /** Opens `url` (already a checked http(s)/mailto link of the briefing, main/open-link.ts); false where no browser can be asked. */
  openLink(url: string): Promise<boolean>;
}

/** The nota templates (main/briefing/template-folder.ts) and the user's templates folder. */
export interface TemplatePort {
  list(): Promise<ResponseOf<'templatesList'>>;
  open(ref: ParsedRequestOf<'templateOpen'>): Promise<ResponseOf<'templateOpen'>>;
  /** Makes the user's folder if needed and opens it in the file manager; `opened` false where none can be asked. */
  openFolder(): Promise<ResponseOf<'templatesOpenFolder'>>;
}

export interface Services {
  corpus: CorpusPort;
  briefings: BriefingPort;
  quotes: QuotePort;
  dialogs: Dialogs;
  exports: ExportPort;
  window: WindowPort;
  links: LinkPort;
  templates: TemplatePort;
  grants: PathGrants;
}
