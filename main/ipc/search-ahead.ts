import type { LetterSearchRequest, ResponseOf } from '../../app/ipc/contract';

/** Characters a query is extended by at most (the next keys searched ahead). */
export const AHEAD_MAX = 40;
/** Main's time for one batch of answers ahead (ms): it stops after the search that passes it. */
const BATCH_MS = 12;

/** What searching ahead needs of the corpus (CorpusService). */
export interface AheadSource {
  searchLetters(request: LetterSearchRequest): ResponseOf<'corpusSearchLetters'>;
  searchExtensions(query: string, max: number): string[];
}

/** A turn of the event loop: a request that came meanwhile (the next key's search) runs first. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Main's answers to the keys the user may type next (issue 21: a key shows its results within one
 * frame): for a grouped search `search`, the same search for its query extended by each character
 * that continues a term of the index (AheadSource.searchExtensions, most used first), each the
 * answer `corpusSearchLetters` gives for that query, so the renderer can show it from the key's own
 * event without a round trip. A batch starts at extension `from` and stops after BATCH_MS, after
 * AHEAD_MAX extensions, or as soon as a search or a newer batch is asked for (`interrupt`; a turn
 * of the event loop between searches lets it in); `next` says where the next batch starts (null:
 * none left). Read-only: only what corpusSearchLetters would give for the same request.
 */
export class SearchAhead {
  private generation = 0;

  constructor(private readonly source: AheadSource) {}

  /** Stops the batch under way after its current search (a search was asked for: it goes first). */
  interrupt(): void {
    this.generation++;
  }

  async batch(search: LetterSearchRequest, from: number): Promise<ResponseOf<'corpusSearchAhead'>> {
    const mine = ++this.generation;
    const answers: ResponseOf<'corpusSearchAhead'>['answers'] = [];
    const chars = this.source.searchExtensions(search.query, AHEAD_MAX);
    const started = performance.now();
    let at = from;
    while (at < chars.length) {
      await turn();
      if (this.generation !== mine) break;
      const query = search.query + chars[at++]!;
      answers.push({ query, result: this.source.searchLetters({ ...search, query }) });
      if (performance.now() - started > BATCH_MS) break;
    }
    return { answers, next: at < chars.length ? at : null };
  }
}
