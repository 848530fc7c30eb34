import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** A file argument as an absolute path: a path relative to the launch's folder, or a file:// URL (what Linux file managers pass). */
function fileOf(arg: string, cwd: string): string | null {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(arg) ? null : path.resolve(cwd, arg);
}

/** The files a launch asks Presscut to clip, as absolute paths; options (and their values) and web addresses are not files. */
export function filesToClip({ args, cwd }: LaunchRequest): string[] {
  const files: (string | null)[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      files.push(...args.slice(i + 1).map((file) => fileOf(file, cwd)));
      break;
    }
    if (OPTIONS_WITH_VALUE.has(arg)) i++;
    // Options, and the process serial number macOS's Finder adds to a launch.
    else if (!arg.startsWith('-')) files.push(fileOf(arg, cwd));
  }
  return [...new Set(files.filter((file): file is string => file !== null))];
}

/**
 * Reads the request a second launch sent with its single-instance lock. It
 * comes from another process, so anything not shaped like a request is none.
 */
export function readLaunchRequest(data: unknown): LaunchRequest | null {
  if (typeof data !== 'object' || data === null) return null;
  const { args, cwd } = data as Record<string, unknown>;
  if (
    !Array.isArray(args) ||
    !args.every((a) => typeof a === 'string') ||
    typeof cwd !== 'string' ||
    !path.isAbsolute(cwd)
  )
    return null;
  return { args: args.slice(0, 1000), cwd };
}
