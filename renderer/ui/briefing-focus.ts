/**
 * Whether the keyboard focus is in the briefing pane (its text, its find bar, its forms): Ctrl+F
 * then searches the briefing, and elsewhere the corpus (issue 19).
 */
export function briefingHasFocus(): boolean {
  return document.activeElement?.closest('.pane-briefing') != null;
}
