import { expect, it } from 'vitest';
import { windowPreferences } from '../../electron/main/web-preferences.ts';

it('isolates and sandboxes the window on every system', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const)
    expect(windowPreferences('preload.cjs', platform)).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
});

it('checks spelling only where the system does it, so no dictionary is ever downloaded', () => {
  expect(windowPreferences('preload.cjs', 'linux').spellcheck).toBe(false);
  expect(windowPreferences('preload.cjs', 'win32').spellcheck).toBe(false);
  expect(windowPreferences('preload.cjs', 'darwin').spellcheck).toBe(true);
});
