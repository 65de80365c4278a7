/** What a command needs to know about where it runs. */
export interface CliContext {
  /** The folder holding the bundled assets (`fonts/`, `corpus/`): the repository's `assets/`, or `resources/assets` in the installed app. */
  assetsDir: string;
}
