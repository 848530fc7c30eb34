import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../common/content-security-policy.ts';
import { rendererFile } from './renderer-file.ts';

export const APP_SCHEME = 'presscut';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Must run before the app is ready: the app's pages get a secure, standard origin of their own. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true } },
  ]);
}

/** Serves the built renderer from `root` at presscut://app/, and nothing outside it (see `rendererFile`). */
export function serveRenderer(root: string): void {
  const realRoot = realpath(root).catch(() => root);
  protocol.handle(APP_SCHEME, async (request) => {
    const found = await rendererFile(await realRoot, request.url);
    if ('status' in found)
      return new Response(found.status === 400 ? 'Bad request' : 'Not found', {
        status: found.status,
      });
    try {
      const body = await readFile(found.file);
      return new Response(body, {
        headers: {
          'content-type': TYPES[path.extname(found.file)] ?? 'application/octet-stream',
          'content-security-policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
