import type { Language } from '../../app/ipc/messages';

/**
 * The language of the command line's messages: `--lang nl|en` wherever it stands on the command
 * line (`--lang en` or `--lang=en`), else the environment's locale (LC_ALL, then LC_MESSAGES, then
 * LANG, as POSIX orders them: `en…` is English), else Dutch. Returns the command line without the
 * option, or `{error}` naming the bad value (`--lang de`, or `--lang` without one).
 */
export function takeLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { language: Language; argv: string[] } | { language: Language; error: string } {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  let language: Language = /^en([_.@-]|$)/i.test(locale) ? 'en' : 'nl';
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg !== '--lang' && !arg.startsWith('--lang=')) {
      rest.push(arg);
      continue;
    }
    const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
    if (value !== 'nl' && value !== 'en') return { language, error: value ?? '' };
    language = value;
  }
  return { language, argv: rest };
}
