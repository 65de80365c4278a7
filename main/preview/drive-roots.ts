import { access } from 'node:fs/promises';

import { DRIVES_PATH, type PreviewListing } from '../../app/ipc/preview-dialog';

/**
 * The drive roots of a Windows computer that exist (`C:\`, `D:\`, …, in letter order), for the
 * preview's file dialog to switch drives: `exists(root)` is asked for each of A–Z (by default
 * fs.access; a drive without a disk, an empty card reader, is left out).
 */
export async function driveRoots(exists: (root: string) => Promise<boolean> = reachable): Promise<string[]> {
  const roots = Array.from({ length: 26 }, (_, i) => `${String.fromCharCode(65 + i)}:\\`);
  const found = await Promise.all(roots.map((root) => exists(root).catch(() => false)));
  return roots.filter((_, i) => found[i]);
}

const reachable = (root: string): Promise<boolean> =>
  access(root).then(
    () => true,
    () => false,
  );

/** The listing of the drives themselves (DRIVES_PATH): each drive root as a folder; nothing above it. */
export const drivesListing = async (exists?: (root: string) => Promise<boolean>): Promise<PreviewListing> => ({
  path: DRIVES_PATH,
  parent: null,
  entries: (await driveRoots(exists)).map((name) => ({ name, folder: true })),
});

/**
 * The folder above `folder` for the dialog's Up button: its parent, or at a drive root on Windows
 * the drives (DRIVES_PATH), elsewhere null at the root. `root` is the folder's own root (path.parse).
 */
export const parentFolder = (folder: string, root: string, parent: string, platform: NodeJS.Platform): string | null =>
  folder !== root ? parent : platform === 'win32' ? DRIVES_PATH : null;
