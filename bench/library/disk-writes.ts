import { readFileSync } from 'node:fs';

/**
 * The bytes this process (its worker threads too) has handed to the system
 * to write so far, by Linux's own count (`wchar` in /proc/self/io): every
 * write an edit makes, in place or appended, the search database's write-ahead
 * log and its checkpoints included. Null where the system does not count them.
 */
export function writtenSoFar(): number | null {
  try {
    const found = /^wchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'));
    return found ? Number(found[1]) : null;
  } catch {
    return null;
  }
}
