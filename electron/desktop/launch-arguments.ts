import path from 'node:path';
import { LIBRARY_FLAG } from '../library/location.ts';

/** What a launch of Presscut was asked to do, as a second launch hands it to the first. */
export interface LaunchRequest {
  /** The launch's own arguments: no executable, no script. */
  args: string[];
  /** The folder it was started in, which relative file names are relative to. */
  cwd: string;
}

/** Options that take the next argument as their value. */
const OPTIONS_WITH_VALUE = new Set([LIBRARY_FLAG]);

/**
 * The arguments a person or the system gave the app, without the executable
 * (and the main script, when Electron runs the sources: `electron .`).
 */
export function ownArguments(argv: readonly string[], runsScript: boolean): string[] {
  return argv.slice(runsScript ? 2 : 1);
}

/** The files a launch asks Presscut to clip, as absolute paths; options (and their values) are not files. */
export function filesToClip({ args, cwd }: LaunchRequest): string[] {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      files.push(...args.slice(i + 1).map((file) => path.resolve(cwd, file)));
      break;
    }
    if (OPTIONS_WITH_VALUE.has(arg)) i++;
    // Options, and the process serial number macOS's Finder adds to a launch.
    else if (!arg.startsWith('-')) files.push(path.resolve(cwd, arg));
  }
  return [...new Set(files)];
}

/**
 * Reads the request a second launch sent with its single-instance lock. It
 * comes from another process, so anything not shaped like a request is none.
 */
export function readLaunchRequest(data: unknown): LaunchRequest | null {
  if (typeof data !== 'object' || data === null) return null;
  const { args, cwd } = data as Record<string, unknown>;
  if (!Array.isArray(args) || !args.every((a) => typeof a === 'string') || typeof cwd !== 'string' || !path.isAbsolute(cwd)) return null;
  return { args: args.slice(0, 1000), cwd };
}
