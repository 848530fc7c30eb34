import { execFileSync } from 'node:child_process';

/**
 * Drops a library's files, and the code that opens it, from the system's file
 * cache (`--cold-cache`), so that the next start reads them from the disk as
 * the first start after a reboot does, without the root a whole-cache drop
 * needs. Linux only: `fincore` finds which files have pages cached (the
 * clips' tens of thousands of files mostly have none), `sync` writes their
 * dirty pages, and GNU `dd iflag=nocache count=0` asks the kernel to forget
 * each one's pages (`posix_fadvise(POSIX_FADV_DONTNEED)`). Gives the bytes
 * that were cached and how many remain, so that a run shows it measured what
 * it meant to.
 */
export function dropFromCache(
  libraryDir: string,
  codeDir: string,
): { dropped: number; left: number } {
  const cached = cachedFiles(libraryDir, codeDir);
  const files = [...cached.keys()];
  if (files.length > 0) {
    const input = files.join('\0');
    execFileSync('xargs', ['-0', 'sync', '--'], { input });
    execFileSync(
      'xargs',
      ['-0', '-I{}', 'dd', 'if={}', 'iflag=nocache', 'count=0', 'status=none'],
      {
        input,
      },
    );
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { dropped: sum(cached), left: sum(cachedFiles(libraryDir, codeDir)) };
}

/** The files a start reads (the library's own, its search database, its clips' texts, the code) that have pages cached, with how many bytes. */
function cachedFiles(libraryDir: string, codeDir: string): Map<string, number> {
  const script = `
    { find "$1" -maxdepth 1 -type f -print0; find "$1/search" "$1/clips" "$2" -type f -print0; } |
      xargs -0 -r fincore --noheadings --bytes --raw --output RES,FILE
  `;
  const out = execFileSync('sh', ['-c', script, 'sh', libraryDir, codeDir], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const cached = new Map<string, number>();
  for (const line of out.split('\n')) {
    const space = line.indexOf(' ');
    const bytes = Number(line.slice(0, space));
    if (bytes > 0) cached.set(line.slice(space + 1), bytes);
  }
  return cached;
}
