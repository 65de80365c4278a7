import { userInfo } from 'node:os';

/**
 * The name of the account Dossier runs under, the default author of comments (issue 18): the
 * operating system's user name (`os.userInfo().username`), else the `USER` / `USERNAME`
 * environment variable (userInfo throws where the account has no passwd entry, as in some
 * containers), else '' (the renderer then falls back on the briefing's author). Never throws.
 */
export function accountName(): string {
  try {
    const name = userInfo().username.trim();
    if (name) return name;
  } catch {
    // no passwd entry: try the environment
  }
  return (process.env.USER?.trim() || process.env.USERNAME?.trim()) ?? '';
}
