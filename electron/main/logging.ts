import path from 'node:path';
import log from 'electron-log/main';

/**
 * Sends main's log to `<library>/logs/main.log` (kept under 1 MB, the older
 * half in main.old.log), so it travels with the library a person backs up or
 * sends along with a bug. Log lines name ids, counts and errors, never the
 * text of an article or a paste. Returns the log folder.
 */
export function logIntoLibrary(libraryDir: string): string {
  const dir = path.join(libraryDir, 'logs');
  log.transports.file.resolvePathFn = () => path.join(dir, 'main.log');
  log.transports.file.maxSize = 1024 * 1024;
  log.errorHandler.startCatching({ showDialog: false });
  return dir;
}
