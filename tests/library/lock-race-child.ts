/**
 * Starts of Presscut on a library, as far as its lock, for lock-race.test.ts.
 * Says it is ready; then, for each line it reads, tries to take the lock and
 * says whether it got it. Once it holds the lock it keeps it, and waits to be
 * killed: the crash that leaves the lock behind for the next round.
 */
import { createInterface } from 'node:readline';
import path from 'node:path';
import type { PresscutError } from '../../common/errors.ts';
import { acquireLock } from '../../electron/library/lock.ts';

const file = path.join(process.argv[2], 'library.lock');
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  void line;
  try {
    await acquireLock(file);
    process.stdout.write('held\n');
  } catch (error) {
    process.stdout.write(`refused ${(error as PresscutError).code}\n`);
  }
}
