import path from 'node:path';
import type { WebPreferences } from 'electron';

/**
 * Whether the window checks spelling. On macOS it asks the system's own
 * spellchecker; on Windows and Linux Chromium's would download Hunspell
 * dictionaries from Google, and Presscut makes no request: it is off there.
 */
export function spellcheckOn(platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'darwin';
}

/** The app window's preferences: an isolated, sandboxed page with no Node in it. */
export function windowPreferences(
  preload: string,
  platform: NodeJS.Platform = process.platform,
): WebPreferences {
  return {
    preload: path.resolve(preload),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: spellcheckOn(platform),
  };
}
