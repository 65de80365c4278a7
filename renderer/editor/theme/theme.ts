import type { EditorThemeClasses } from 'lexical';

/** CSS class names Lexical puts on the briefing's elements (styles beside the editor, plugins and node views). */
export const theme: EditorThemeClasses = {
  paragraph: 'ed-paragraph',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3' },
  quote: 'ed-quote',
  list: { ul: 'ed-ul', ol: 'ed-ol', listitem: 'ed-li', nested: { listitem: 'ed-nested-li' } },
  mark: 'ed-mark',
  text: { bold: 'ed-bold', italic: 'ed-italic' },
};
