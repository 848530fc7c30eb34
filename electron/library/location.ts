import os from 'node:os';
import path from 'node:path';

export const LIBRARY_ENV = 'PRESSCUT_LIBRARY';
export const LIBRARY_FLAG = '--library';

/**
 * Where Electron keeps the app's data (`app.getPath('userData')`), worked out
 * without Electron so the CLI finds the same library as the app.
 */
export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home = os.homedir(),
): string {
  if (platform === 'win32')
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'Presscut');
  if (platform === 'darwin')
    return path.posix.join(home, 'Library', 'Application Support', 'Presscut');
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), 'Presscut');
}

/** The library folder: the flag's, else the environment's, else `library` in the app's data folder. */
export function resolveLibraryDir(
  flagValue: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  dataDir: string = userDataDir(),
): string {
  if (flagValue) return path.resolve(flagValue);
  if (env[LIBRARY_ENV]) return path.resolve(env[LIBRARY_ENV]);
  return path.join(dataDir, 'library');
}

/** Finds `--library DIR` or `--library=DIR` among command-line arguments. */
export function libraryFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === LIBRARY_FLAG) return argv[i + 1];
    if (argv[i].startsWith(`${LIBRARY_FLAG}=`)) return argv[i].slice(LIBRARY_FLAG.length + 1);
  }
  return undefined;
}
