import { shell, type Session, type WebContents } from 'electron';
import { externalUrl } from './external-link.ts';
import { APP_ORIGIN, APP_SCHEME } from './renderer-protocol.ts';
import { spellcheckOn } from './web-preferences.ts';

const LOCAL_SCHEMES = new Set([`${APP_SCHEME}:`, 'devtools:', 'data:', 'blob:']);

/** Presscut never touches the network: every request that would leave the machine is refused. */
export function refuseNetwork(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    let scheme = '';
    try {
      scheme = new URL(details.url).protocol;
    } catch {
      // An unparsable URL is refused like any other.
    }
    callback({ cancel: !LOCAL_SCHEMES.has(scheme) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** The window never navigates away from the app nor opens another one; links go to the system browser through `openLink`. */
export function lockNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Opens a link the person clicked, if it is one a browser or mail client should open (see `externalUrl`). */
export async function openExternally(url: string): Promise<void> {
  const safe = externalUrl(url);
  if (safe) await shell.openExternal(safe);
}

/** Keeps the spellchecker from fetching dictionaries where it would (see `spellcheckOn`). */
export function keepSpellcheckOffline(session: Session): void {
  if (spellcheckOn()) return;
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerLanguages([]);
}
