/**
 * A URL that the typesetter wrapped inside itself (issue 14): LibreOffice and Word break a long URL after `/`, `-`,
 * `.`, `_`, `=`, `?`, `&` or `#` and go on at the next line's start, so joining the lines with a space would cut it
 * (`https://www.example.nl/` + `beleid`). Decided by evidence, not by a list of phrases: the line ends in a token that
 * opens as a URL (`https://`, `http://`, `www.`) and ends in one of those characters, the next line opens with a token
 * of URL characters only, and the two joined are a URL (a host with a dot and a top-level domain, then a path, query or
 * fragment). After a `.` the next token must go on in lower case or a digit (`… www.example.nl.` + `Het kabinet` is a
 * sentence end). Pure.
 */

const OPENS = /^[("'“‘[]?(?:https?:\/\/|www\.)/i;
const BREAK = /[/\-._=?&#~]$/;
const URL_CHARS = /^[\p{L}\d\-._~:/?#[\]@!$&'()*+,;=%]+$/u;
const URL = /^[("'“‘[]?(?:https?:\/\/|www\.)[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}(?:[/?#][^\s]*)?$/iu;
/** Sentence punctuation after a URL, not part of it. */
const TRAILING = /[.,;:!?)\]"'”’]+$/;

/** True when `line` goes on the URL that `before` (the text so far) ends with: join them without a space. */
export const continuesUrl = (before: string, line: string): boolean => {
  const last = before.slice(before.search(/\S+$/));
  if (last === '' || !OPENS.test(last) || !BREAK.test(last)) return false;
  const next = line.split(/\s/, 1)[0] ?? '';
  if (next === '' || !URL_CHARS.test(next)) return false;
  if (last.endsWith('.') && !/^[\p{Ll}\d]/u.test(next)) return false;
  return URL.test((last + next).replace(TRAILING, ''));
};
