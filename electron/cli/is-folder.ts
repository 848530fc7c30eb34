import { stat } from 'node:fs/promises';

/** Whether a path names a folder that exists: an output given as a folder takes a file of its own name. */
export async function isFolder(target: string): Promise<boolean> {
  return stat(target).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
