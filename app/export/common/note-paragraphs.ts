/**
 * A note's or comment's text split into its paragraphs: the corpus joins the paragraphs of a
 * multi-paragraph note with `\n` (shared/corpus/FORMATS.md), and both exporters print each as a
 * paragraph of its own. Trailing carriage returns (`\r\n` files) are dropped.
 */
export function noteParagraphs(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\r$/, ''));
}
