import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Another commit's code, to measure beside this one's in the same run
 * (`--baseline REV`): its tree is extracted from git into the temporary
 * folder, given this checkout's packages and this benchmark's own harness
 * (`bench/library/`), so that only the app's code differs between the two.
 * Gives the folder; `bundle` builds it there as the benchmark builds its own.
 */
export async function prepareBaseline(
  rev: string,
  root: string,
  bundle: (workingDir: string) => Promise<void>,
): Promise<{ dir: string; commit: string }> {
  const commit = execFileSync('git', ['rev-parse', '--short', `${rev}^{commit}`], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  const dir = path.join(os.tmpdir(), `presscut-bench-baseline-${commit}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['archive', '--format=tar', commit], {
    cwd: root,
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const harness = path.join(dir, 'bench', 'library');
  rmSync(harness, { recursive: true, force: true });
  cpSync(path.join(root, 'bench', 'library'), harness, { recursive: true });
  await bundle(dir);
  return { dir, commit };
}
