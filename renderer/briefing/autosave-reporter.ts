/**
 * Decides when a failing autosave is worth telling the user: the first failure after a success
 * (or after the start) is said once, plainly; further failures while it keeps failing are retried
 * silently; a success makes the next failure worth saying again.
 */
export class AutosaveReporter {
  private reported = false;

  /** An autosave failed with `message` (main's Dutch reason): the text to show, or null to stay quiet. */
  failed(message: string): string | null {
    if (this.reported) return null;
    this.reported = true;
    return message;
  }

  /** An autosave succeeded. */
  succeeded(): void {
    this.reported = false;
  }
}
