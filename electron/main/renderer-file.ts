import { realpath } from 'node:fs/promises';
import path from 'node:path';

/** What a request for presscut://app/… comes to: a file of the built renderer to serve, or a status to refuse it with. */
export type RendererFile = { file: string } | { status: 400 | 404 };

/**
 * The file a presscut://app/ URL names in the renderer folder `root` (a real
 * path, with no symbolic link in it). Refused: another host, a path that
 * climbs out of the folder, a malformed %-escape (400), and any path with a
 * symbolic link below the root, wherever the link points.
 */
export async function rendererFile(root: string, url: string): Promise<RendererFile> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 400 };
  }
  if (parsed.host !== 'app') return { status: 404 };
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return { status: 400 };
  }
  relative = relative.replace(/^\/+/, '') || 'index.html';
  if (relative.includes('\0')) return { status: 400 };
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return { status: 404 };
  // A link anywhere below the root makes the real path differ from the one asked for.
  const real = await realpath(file).catch(() => null);
  return real === file ? { file } : { status: 404 };
}
