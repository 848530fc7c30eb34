import { app } from 'electron';
import {
  ownArguments,
  readLaunchRequest,
  type LaunchRequest,
} from '../desktop/launch-arguments.ts';

/** This launch's own request: its arguments (without Electron and, when running the sources, the script) and folder. */
export function thisLaunch(): LaunchRequest {
  return { args: ownArguments(process.argv, process.defaultApp === true), cwd: process.cwd() };
}

/**
 * Keeps Presscut to one instance. False when another one runs: it has been
 * handed this launch's request, and this one should quit. Otherwise later
 * launches' requests come to `onLaunch`.
 */
export function holdSingleInstance(onLaunch: (request: LaunchRequest) => void): boolean {
  if (!app.requestSingleInstanceLock(thisLaunch())) return false;
  app.on('second-instance', (_event, argv, cwd, data) => {
    onLaunch(
      readLaunchRequest(data) ?? { args: ownArguments(argv, process.defaultApp === true), cwd },
    );
  });
  return true;
}
