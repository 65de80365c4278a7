/**
 * Upgrades from older `.dossier` versions, keyed by the version they upgrade FROM; each step
 * returns the next version's `briefing` object (plain JSON, validated after the last step) and a
 * notice for the user. Policy (docs/dossier-format.md): a version is never reused, a step never
 * drops user text, and files are only rewritten in the new version when the user saves.
 * Version 1 needs no step: version 2 only adds optional fields, so a version 1 file is read as it is.
 */
export const migrations: Record<number, (briefing: unknown) => { briefing: unknown; notice: string }> = {
  0: migrateV0,
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * Version 0 (the prototype of late 2025): flat `title`/`author`/`date`, the body under `blocks`,
 * user notes under `notes`, no annotations or citation style, and each quote a single-block
 * `{type: "quote", block, blockIndex, start, end, text, notes: [{offset, footnote, text}]}`
 * whose footnotes lived inside it (offset = UTF-16 index in the source block, marker after it).
 */
function migrateV0(input: unknown): { briefing: unknown; notice: string } {
  const old = isObject(input) ? input : {};
  const footnotes: Json[] = Array.isArray(old.notes)
    ? old.notes.filter(isObject).map((note) => ({ id: str(note.id), origin: 'user', text: str(note.text) }))
    : [];
  const blocks = Array.isArray(old.blocks) ? old.blocks : [];
  const body = blocks.map((block) => (isObject(block) && block.type === 'quote' ? quoteToPassage(block, footnotes) : block));
  return {
    briefing: {
      version: 1,
      properties: {
        title: str(old.title),
        to: '',
        from: '',
        date: str(old.date),
        subject: '',
        reference: '',
        classification: '',
        author: str(old.author),
        keywords: [],
      },
      citationStyle: 'footnote',
      body,
      footnotes,
      annotations: [],
    },
    notice:
      'Dit bestand is gemaakt met een oudere versie van Dossier (versie 0) en is bijgewerkt; bij opslaan wordt het in het nieuwe formaat bewaard.',
  };
}

function quoteToPassage(quote: Json, footnotes: Json[]): Json {
  const id = str(quote.id);
  const start = typeof quote.start === 'number' ? quote.start : 0;
  const text = str(quote.text);
  const source = isObject(quote.source) ? quote.source : {};
  const children: Json[] = [];
  let cursor = 0;
  const notes = (Array.isArray(quote.notes) ? quote.notes.filter(isObject) : [])
    .map((note, index) => ({ note, index, at: (typeof note.offset === 'number' ? note.offset : start) - start }))
    .sort((a, b) => a.at - b.at);
  for (const { note, index, at } of notes) {
    const noteId = `${id}-fn${index + 1}`;
    if (at > cursor) children.push({ type: 'text', text: text.slice(cursor, at) });
    children.push({ type: 'footnote-ref', footnote: noteId });
    footnotes.push({ id: noteId, origin: 'quote', text: str(note.text), source: { file: str(source.file), footnote: str(note.footnote) } });
    cursor = Math.max(cursor, at);
  }
  if (text.length > cursor) children.push({ type: 'text', text: text.slice(cursor) });
  return {
    type: 'passage',
    id,
    source: {
      file: str(source.file),
      hash: str(source.hash),
      title: strOrNull(source.title),
      date: strOrNull(source.date),
      kind: strOrNull(source.kind),
      kamerstuk: strOrNull(source.kamerstuk),
    },
    parts: [
      {
        block: str(quote.block),
        blockIndex: quote.blockIndex,
        // v0 did not record the block's kind; its quotes were always taken from body paragraphs.
        blockKind: 'paragraph',
        start,
        end: typeof quote.end === 'number' ? quote.end : start + text.length,
        text,
        children,
        omittedBefore: false,
        omittedAfter: false,
      },
    ],
    citation: str(quote.citation),
  };
}
