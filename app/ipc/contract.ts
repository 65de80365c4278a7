import { z } from 'zod';

import { BriefingSchema, LinkUrlSchema, NotaKindSchema } from '../briefing/model';
import { isTemplateFileName } from '../briefing/nota/template-file';
import { isPublicationUrl } from '../corpus/publication-url';
import { CorpusErrorSchema, LetterSchema, LetterSummarySchema, MetaPatchSchema } from '../corpus/schema';
import type { EventName as ChannelEventName, MethodName as ChannelMethodName } from './channels';
import { EVENT_NAMES, METHOD_NAMES } from './channels';
import type { IpcError } from './error-codes';
import { LANGUAGES } from './messages';

/**
 * The one bridge between renderer and main. From this object derive: the preload's API type
 * (`DossierApi`), the main-side registrations and their runtime validation, and the preview's
 * HTTP transport. Channels are `dossier:<method>`; nothing else is accepted.
 */
export { CHANNEL_PREFIX } from './channels';

const Empty = z.object({}).strict();
const FilePath = z.string().min(1).max(4096);
const LetterFile = z.string().min(1).max(1024);

/**
 * A briefing sent as its JSON text (the `.dossier` content, app/briefing/model.ts): the renderer
 * builds it block by block at idle moments (renderer/editor/model-mapping/briefing-json.ts), so a
 * long briefing is never serialised in one task on the page, and a string crosses the bridge as
 * one copy. Main parses it and validates the result with BriefingSchema, once, as any request.
 * Text that is no JSON fails with the parser's message. At most 256 MiB.
 */
export const BriefingJsonSchema = z
  .string()
  .max(256 * 1024 * 1024)
  .transform((text, context): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : 'no JSON' });
      return z.NEVER;
    }
  })
  .pipe(BriefingSchema);

export const CorpusProgressSchema = z
  .object({
    /** `cancelled`: the last load was stopped; `done` letters of `total` were read and are open. */
    phase: z.enum(['idle', 'scanning', 'parsing', 'indexing', 'ready', 'cancelled']),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    file: z.string().optional(),
    /**
     * A long PDF's decoding under way (issue 14): `page` of its `pages` pages of `file` are decoded
     * (1-based count, page ≤ pages; sent every PDF_PROGRESS_PAGES pages by the parse worker).
     */
    page: z.number().int().positive().optional(),
    pages: z.number().int().positive().optional(),
    /**
     * The corpus being loaded (its display name; its root, null for the bundled sample), so the
     * window names the new folder from the load's first event on, before any letter of it is read.
     */
    corpus: z.object({ name: z.string(), root: z.string().nullable(), sample: z.boolean() }).optional(),
  })
  .refine((p) => (p.page === undefined) === (p.pages === undefined) && (p.page ?? 0) <= (p.pages ?? 0), {
    message: 'page and pages come together, page ≤ pages',
  });
export type CorpusProgress = z.infer<typeof CorpusProgressSchema>;

export const CorpusStateSchema = z.object({
  /** Display name of the open corpus (folder name, or "Voorbeeldcorpus"). */
  name: z.string(),
  /** Absolute path of the root, null for the bundled sample. */
  root: z.string().nullable(),
  sample: z.boolean(),
  letters: z.array(LetterSummarySchema),
  errors: z.array(CorpusErrorSchema),
  progress: CorpusProgressSchema,
});
export type CorpusState = z.infer<typeof CorpusStateSchema>;

/**
 * Letters of a corpus load still under way, usable now (issue 21: listed, opened, searched while
 * the rest loads), sent every 250 ms or 500 letters (main/corpus/live-letters.ts). `from` is how
 * many letters this load sent before these: 0 starts the list of the corpus being loaded (named
 * by `name`, `root`, `sample` as in CorpusState), any other value continues it, so a receiver
 * holding a different count has missed a batch. The load ends with `corpusChanged` (the whole
 * state, citations linked).
 */
export const CorpusLettersSchema = z.object({
  name: z.string(),
  root: z.string().nullable(),
  sample: z.boolean(),
  from: z.number().int().nonnegative(),
  letters: z.array(LetterSummarySchema),
});
export type CorpusLetters = z.infer<typeof CorpusLettersSchema>;

export const SearchRequestSchema = z.object({
  query: z.string().max(500),
  kinds: z.array(z.string().max(200)).max(20).optional(),
  dateFrom: z.string().max(10).optional(),
  dateTo: z.string().max(10).optional(),
  signatory: z.string().max(200).optional(),
  /** One signatory written in several forms (`R.P. Brekelmans`, `Ruben Brekelmans`): a letter signed with any of these names, exactly. */
  signatories: z.array(z.string().max(200)).max(50).optional(),
  /** With a date bound: letters without a known date pass too. */
  undated: z.boolean().optional(),
  limit: z.number().int().min(1).max(500).optional(),
});
export type SearchRequest = z.infer<typeof SearchRequestSchema>;

export const SearchHitSchema = z.object({
  file: z.string(),
  /** Block id; for a footnote hit, the block that references the footnote. */
  block: z.string(),
  footnote: z.string().optional(),
  /** The footnote's printed label (`3` for "in voetnoot 3"), when known. */
  footnoteLabel: z.string().optional(),
  score: z.number(),
  /** Snippet text and the ranges to highlight in it (UTF-16 offsets). */
  snippet: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

/** A grouped search (corpusSearchLetters): `snippets` best hits per letter; `file` for one letter's hits only. */
export const LetterSearchRequestSchema = SearchRequestSchema.extend({
  snippets: z.number().int().min(1).max(500).optional(),
  file: LetterFile.optional(),
});
export type LetterSearchRequest = z.infer<typeof LetterSearchRequestSchema>;

/** One letter in grouped results: all its hits counted, its best ones given, and how it matched. */
export const SearchGroupSchema = z.object({
  file: z.string(),
  score: z.number(),
  hitCount: z.number().int().nonnegative(),
  /** `key`: the query is its own paper number; `title`: its title holds the query; `dossier`: its dossier. */
  match: z.enum(['key', 'title', 'dossier']).nullable(),
  hits: z.array(SearchHitSchema),
  /** True when a capped phrase search left some of this letter's candidates unchecked: `hitCount` is then a lower bound. */
  partial: z.boolean().optional(),
});
export type SearchGroup = z.infer<typeof SearchGroupSchema>;

/**
 * Search results per letter, best letter first. `totalHits` and `totalLetters` count every match
 * (not only the groups returned); `exact` is false when a quoted phrase had more candidates than
 * were checked, so both totals are lower bounds (and the letters with unchecked candidates are
 * `partial`).
 */
export const LetterSearchResultSchema = z.object({
  groups: z.array(SearchGroupSchema),
  totalHits: z.number().int().nonnegative(),
  totalLetters: z.number().int().nonnegative(),
  exact: z.boolean(),
});
export type LetterSearchResult = z.infer<typeof LetterSearchResultSchema>;

/**
 * Main's answers ahead of the next key (corpusSearchAhead, main/ipc/search-ahead.ts): per query
 * (the request's query extended by one character), the answer corpusSearchLetters gives for the
 * request with that query. `next`: the extension the next batch starts at; null when none is left.
 */
export const SearchAheadSchema = z.object({
  answers: z.array(z.object({ query: z.string().max(500), result: LetterSearchResultSchema })).max(64),
  next: z.number().int().nonnegative().nullable(),
});
export type SearchAhead = z.infer<typeof SearchAheadSchema>;

/** One entry of a "Recent geopend" list: absolute path, display name, ISO time of the last open or save. */
export const RecentEntrySchema = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });
export type RecentEntry = z.infer<typeof RecentEntrySchema>;
export const RecentSchema = z.array(RecentEntrySchema);
export type Recent = z.infer<typeof RecentSchema>;

export const OpenedBriefingSchema = z.object({
  path: z.string().nullable(),
  briefing: BriefingSchema,
  /** Migrated from an older version, recovered from autosave, etc. */
  notices: z.array(z.string()),
});
export type OpenedBriefing = z.infer<typeof OpenedBriefingSchema>;
/** The crash-recovery copy: an opened briefing plus the ISO time it was autosaved. */
export const RecoveredBriefingSchema = OpenedBriefingSchema.extend({ savedAt: z.string() });
export type RecoveredBriefing = z.infer<typeof RecoveredBriefingSchema>;

/**
 * A template in the "Nieuw" dialog (issue 19): a built-in one (`assets/templates/`) or a `.dossier`
 * file in the user's templates folder, named by its plain file name. `name` is the user template's
 * file name without `.dossier` (built-ins are named by their `kind` in the interface language);
 * `kind` its nota kind, null for a free briefing; `problem` why it cannot be used (unreadable,
 * not a briefing, newer version…), null when it can.
 */
export const TemplateRefSchema = z
  .object({
    origin: z.enum(['builtin', 'user']),
    file: z.string().max(255).refine(isTemplateFileName, { message: 'issue.template-file' }),
  })
  .strict();
export type TemplateRef = z.infer<typeof TemplateRefSchema>;
export const TemplateEntrySchema = z.object({
  origin: z.enum(['builtin', 'user']),
  file: z.string(),
  name: z.string(),
  kind: NotaKindSchema.nullable(),
  problem: z.string().nullable(),
});
export type TemplateEntry = z.infer<typeof TemplateEntrySchema>;
/** The templates listed in the "Nieuw" dialog and the user's templates folder (absolute path). */
export const TemplateListSchema = z.object({ templates: z.array(TemplateEntrySchema), folder: z.string() });
export type TemplateList = z.infer<typeof TemplateListSchema>;

export const QuoteStatusSchema = z.object({
  passage: z.string(),
  status: z.enum(['faithful', 'changed', 'missing']),
  message: z.string(),
});
export type QuoteStatus = z.infer<typeof QuoteStatusSchema>;

/**
 * A link the app may hand to the system browser: only an official publication's address as
 * `publicationUrl` (app/corpus/publication-url.ts) makes it, `https://zoek.officielebekendmakingen.nl/<key>`
 * (e.g. `…/kst-36045-264`); any other URL is refused as an invalid request (issue 15, "Links").
 */
export const PublicationUrlSchema = z.string().max(200).refine(isPublicationUrl, {
  message: 'issue.publication-url', // a key of app/ipc/messages: shown in the interface language
});

export const MenuCommandSchema = z.enum([
  'briefing-new',
  'briefing-open',
  'briefing-save',
  'briefing-save-as',
  'export-docx',
  'export-pdf',
  'export-odt',
  'print',
  'corpus-open',
  'check-quotes',
  'sources-report',
  'find',
  'find-replace',
  'language-nl',
  'language-en',
  'reader-back',
  'reader-forward',
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

const method = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) => ({ request, response });

export const contract = {
  corpusState: method(Empty, CorpusStateSchema),
  /** Without `paths` main shows a folder dialog; null when cancelled. */
  corpusOpen: method(z.object({ paths: z.array(FilePath).max(1000).optional() }).strict(), CorpusStateSchema.nullable()),
  corpusOpenSample: method(Empty, CorpusStateSchema),
  corpusRecent: method(Empty, RecentSchema),
  corpusLetter: method(z.object({ file: LetterFile }).strict(), LetterSchema),
  corpusSearch: method(SearchRequestSchema, z.array(SearchHitSchema)),
  corpusSearchLetters: method(LetterSearchRequestSchema, LetterSearchResultSchema),
  /**
   * The grouped search `search` (no `file`; a query of at most 499 characters) for its query
   * extended by each character that continues a term of the index, most used first, from
   * extension `from`: the results of the keys the user may type next, so a key shows them at
   * once (issue 21). Read-only, as corpusSearchLetters.
   */
  corpusSearchAhead: method(
    z
      .object({
        search: LetterSearchRequestSchema.omit({ file: true }).extend({ query: z.string().max(499) }),
        from: z.number().int().min(0).max(64),
      })
      .strict(),
    SearchAheadSchema,
  ),
  /** Stops a corpus load in progress; the letters read so far stay open. `cancelled` false when none ran. */
  corpusCancelLoad: method(Empty, z.object({ cancelled: z.boolean() })),
  corpusUpdateMeta: method(z.object({ file: LetterFile, patch: MetaPatchSchema }).strict(), LetterSummarySchema),

  /** Without `path` main shows an open dialog; null when cancelled. */
  briefingOpen: method(z.object({ path: FilePath.optional() }).strict(), OpenedBriefingSchema.nullable()),
  /** `path` null or `saveAs` true shows a save dialog; null when cancelled. */
  briefingSave: method(
    z.object({ briefing: BriefingSchema, path: FilePath.nullable(), saveAs: z.boolean() }).strict(),
    z.object({ path: z.string() }).nullable(),
  ),
  briefingRecent: method(Empty, RecentSchema),
  /** `briefing` as JSON text (BriefingJsonSchema): autosave runs while the user types. */
  briefingAutosave: method(
    z.object({ briefing: BriefingJsonSchema, path: FilePath.nullable() }).strict(),
    z.object({ savedAt: z.string() }),
  ),
  briefingRecovery: method(Empty, RecoveredBriefingSchema.nullable()),
  briefingDiscardRecovery: method(Empty, z.object({})),
  /** Tells main the window title and whether closing must ask first. */
  briefingSetStatus: method(z.object({ name: z.string().max(300), dirty: z.boolean() }).strict(), z.object({})),
  /** Built-in templates, then the valid and unusable `.dossier` files of the user's templates folder (`<userData>/Sjablonen`). */
  templatesList: method(Empty, TemplateListSchema),
  /** A template's briefing, to start a new untitled briefing from; an unusable one fails with the reason. */
  templateOpen: method(TemplateRefSchema, BriefingSchema),
  /** Makes the user's templates folder if needed and opens it in the file manager (shell.openPath); `opened` false where none can be asked. */
  templatesOpenFolder: method(Empty, z.object({ opened: z.boolean(), folder: z.string() })),
  quotesCheck: method(z.object({ briefing: BriefingSchema }).strict(), z.array(QuoteStatusSchema)),

  exportDocx: method(z.object({ briefing: BriefingSchema, path: FilePath.optional() }).strict(), z.object({ path: z.string() }).nullable()),
  exportPdf: method(z.object({ briefing: BriefingSchema, path: FilePath.optional() }).strict(), z.object({ path: z.string() }).nullable()),
  /**
   * The number of pages the PDF export gives this briefing (issue 19, the status bar's count): main
   * runs the exporter itself in its worker, since the pagination measures text with pdfkit/fontkit
   * and the embedded font files, which the renderer does not have. `briefing` as JSON text
   * (BriefingJsonSchema): the count is asked for while the user types.
   */
  briefingPageCount: method(z.object({ briefing: BriefingJsonSchema }).strict(), z.object({ pages: z.number().int().min(0) })),
  exportOdt: method(z.object({ briefing: BriefingSchema, path: FilePath.optional() }).strict(), z.object({ path: z.string() }).nullable()),
  printBriefing: method(z.object({ briefing: BriefingSchema }).strict(), z.object({ printed: z.boolean() })),

  /**
   * Opens an official publication in the system browser (Electron's shell.openExternal); only a
   * `PublicationUrlSchema` URL passes. `opened` is false where no browser can be asked (tests);
   * the browser preview's bridge opens a new tab itself instead.
   */
  openExternal: method(z.object({ url: PublicationUrlSchema }).strict(), z.object({ opened: z.boolean() })),
  /**
   * Opens a link of the briefing's own text (issue 19) in the system browser or mail program: only
   * an http(s) or mailto address (LinkUrlSchema, app/briefing/link-url.ts) passes, and main checks
   * again. `opened` is false where no browser can be asked (tests); the preview opens a new tab.
   */
  openLink: method(z.object({ url: LinkUrlSchema }).strict(), z.object({ opened: z.boolean() })),

  /** The interface language chosen in the window, sent at start and on every switch: main's menu, dialogs and messages follow it. */
  setLanguage: method(z.object({ language: z.enum(LANGUAGES) }).strict(), z.object({})),

  /**
   * The account's user name (`os.userInfo().username`, else `USER`/`USERNAME`), the default
   * author of comments until the user sets a name in the preferences; '' when none is known.
   */
  userName: method(Empty, z.object({ name: z.string().max(256) })),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
// The preload's name lists (./channels) must match the contract exactly, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _methodsMatch: Same<MethodName, ChannelMethodName> = true;
void _methodsMatch;
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Contract[M]['response']>;
/** A request as main's handler receives it: parsed by the request schema (defaults applied). */
export type ParsedRequestOf<M extends MethodName> = z.output<Contract[M]['request']>;

/** Events main pushes to the renderer. */
export const events = {
  corpusProgress: CorpusProgressSchema,
  corpusChanged: CorpusStateSchema,
  corpusLetters: CorpusLettersSchema,
  menuCommand: MenuCommandSchema,
} as const;
export type Events = typeof events;
export type EventName = keyof Events;
const _eventsMatch: Same<EventName, ChannelEventName> = true;
void _eventsMatch;
export type EventOf<E extends EventName> = z.output<Events[E]>;

export { type ErrorCode, ErrorCodeSchema, type IpcError, IpcErrorSchema } from './error-codes';
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** What the preload exposes as `window.dossier`: one async method per contract entry, plus typed events. */
export type DossierApi = {
  [M in MethodName]: (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void;
  /** The local path of a file dropped onto the window (Electron's webUtils); null in a browser. */
  pathForFile(file: object): string | null;
};

export { channelOf, eventChannelOf } from './channels';
export const methodNames: readonly MethodName[] = METHOD_NAMES;
export const eventNames: readonly EventName[] = EVENT_NAMES;
