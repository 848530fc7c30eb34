import { open, readFile, unlink } from 'node:fs/promises';
import { PresscutError } from '../../common/errors.ts';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Keeps a second process (another window of the app, the CLI) from writing the
 * same library at once, which would interleave two journals. A lock left by a
 * process that died is taken over.
 */
export async function acquireLock(file: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return async () => {
        await unlink(file).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(pid) && isAlive(pid)) {
        throw new PresscutError(
          'library-unavailable',
          `The library is open in another Presscut process (pid ${pid}). Close it, or use another library folder.`,
        );
      }
      await unlink(file).catch(() => undefined);
    }
  }
  throw new PresscutError('library-unavailable', `Could not lock the library (${file}).`);
}
