import type { LetterSearchRequest, LetterSearchResult } from '../../app/ipc/contract';
import { call } from '../bridge/api';

/** Answers kept at most (the most recently stored): those ahead of the last few keys, and the last few keys' own. */
export const AHEAD_KEEP = 64;

/** A request's key: its query, then the rest of it as JSON (the same filters, limit and snippets give the same text). */
const keyOf = (request: LetterSearchRequest): string => `${request.query}\u0000${JSON.stringify({ ...request, query: '' })}`;

/**
 * Main's answers to grouped searches (corpusSearchLetters), kept for one corpus state (`corpus`,
 * compared by identity: a new state drops them all), so that a key typed in the search box can show
 * its results from its own event, in the frame it lands in (issue 21), instead of after a round
 * trip to main: the answers main gives ahead of the keys (corpusSearchAhead: the query extended by
 * each character that continues a term) and the answers already shown (a key taken back). Every
 * answer is main's own for exactly that request; none is made up here.
 */
export class AheadAnswers {
  private corpus: unknown = null;
  private readonly answers = new Map<string, LetterSearchResult>();

  /** Main's answer to `request` for the corpus state `corpus` (the current one: older answers are dropped), if held. */
  get(request: LetterSearchRequest, corpus: unknown): LetterSearchResult | undefined {
    this.use(corpus);
    const key = keyOf(request);
    const result = this.answers.get(key);
    if (result) {
      // Most recently used last: kept longest.
      this.answers.delete(key);
      this.answers.set(key, result);
    }
    return result;
  }

  /** Keeps main's answer `result` to `request`, given for the corpus state `corpus`; dropped when that is no longer the current one. */
  put(request: LetterSearchRequest, result: LetterSearchResult, corpus: unknown): void {
    if (corpus !== this.corpus) return;
    const key = keyOf(request);
    this.answers.delete(key);
    this.answers.set(key, result);
    while (this.answers.size > AHEAD_KEEP) this.answers.delete(this.answers.keys().next().value!);
  }

  /** Makes `corpus` the current corpus state: the answers held for another are dropped. */
  private use(corpus: unknown): void {
    if (corpus === this.corpus) return;
    this.answers.clear();
    this.corpus = corpus;
  }

  /**
   * Asks main, batch by batch, for its answers to `request` (a new search's request: no `file`)
   * extended by one character, and keeps them, as long as `wanted()` holds and the corpus state is
   * still `corpus` (the current one). Errors are dropped: a key without an answer ahead asks main itself.
   */
  fetch(request: LetterSearchRequest, corpus: unknown, wanted: () => boolean): void {
    const { file: _one, ...search } = request;
    if (_one !== undefined || search.query.length >= 500) return;
    this.use(corpus);
    const from = (start: number): void => {
      call('corpusSearchAhead', { search, from: start })
        .then(({ answers, next }) => {
          for (const { query, result } of answers) this.put({ ...search, query }, result, corpus);
          if (next !== null && corpus === this.corpus && wanted()) from(next);
        })
        .catch(() => undefined);
    };
    from(0);
  }
}
