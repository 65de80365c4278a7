/**
 * Child process for the crash test (briefing-files.crash.test.ts): saves two briefings
 * alternately to one path, forever, until the parent kills it with SIGKILL.
 * argv: <target path> <data dir> <version A json> <version B json>
 * Its stdin is a pipe from the parent: when that closes (the parent died, however it was killed,
 * e.g. a test run stopped mid-way), the child exits, so no saving loop is left behind as an orphan.
 */
import { readFileSync } from 'node:fs';

import { BriefingFiles } from '../../../main/briefing/briefing-files';

const [target, dataDir, fileA, fileB] = process.argv.slice(2) as [string, string, string, string];
const versions = [JSON.parse(readFileSync(fileA, 'utf8')), JSON.parse(readFileSync(fileB, 'utf8'))];
const files = new BriefingFiles({ dataDir });

process.stdin.once('close', () => process.exit(0));
process.stdin.once('end', () => process.exit(0));
process.stdin.resume();

async function saveForever(): Promise<never> {
  process.stdout.write('ready\n');
  for (let round = 0; ; round++) await files.save(target, versions[round % 2]);
}
void saveForever();
