import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { PresscutError } from '../../common/errors.ts';
import { libraryIndexSchema } from './index-schema.ts';
import { copyDurably, replaceFile, syncFolder } from './durable-file.ts';
import { stagingDir } from './layout.ts';
import { migrateIndex } from './migrate.ts';
import type { LibraryRecovery } from '../model/library-recovery.ts';

const BACKUP_FOLDER = 'backups';
/** How many index backups the library folder keeps. */
export const BACKUPS_KEPT = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
const NAME = /^index-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-[a-z0-9-]+)?\.json$/;

export interface IndexBackup {
  file: string;
  takenAt: Date;
}

/** A timestamp that sorts and is safe in a file name on every system. */
function stamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace('.', '-');
}

function parseStamp(text: string): Date {
  const [day, time] = text.split('T');
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return new Date(`${day}T${h}:${m}:${s}.${ms}Z`);
}

/** The library's index backups, newest first. */
export async function listBackups(libraryDir: string): Promise<IndexBackup[]> {
  const folder = path.join(libraryDir, BACKUP_FOLDER);
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return names
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter((x): x is { name: string; match: RegExpExecArray } => x.match !== null)
    .map(({ name, match }) => ({ file: path.join(folder, name), takenAt: parseStamp(match[1]) }))
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

async function makeFolders(libraryDir: string): Promise<void> {
  let made = false;
  for (const folder of [path.join(libraryDir, BACKUP_FOLDER), stagingDir(libraryDir)])
    if ((await mkdir(folder, { recursive: true })) !== undefined) made = true;
  if (made) await syncFolder(libraryDir);
}

async function prune(libraryDir: string): Promise<void> {
  for (const old of (await listBackups(libraryDir)).slice(BACKUPS_KEPT))
    await unlink(old.file).catch(() => undefined);
}

/**
 * Copies the index file, as it is on disk, into the backups folder unless one
 * was taken in the last day; keeps the newest seven. A copy of the file, not
 * the index written out again: the file was checked as it was read (or has
 * just been written), and copying it costs main's thread nothing however big
 * the library. Returns the new backup's path, or null.
 */
export async function backupIndexDaily(
  libraryDir: string,
  indexFile: string,
  now: Date,
): Promise<string | null> {
  const [newest] = await listBackups(libraryDir);
  if (newest && now.getTime() - newest.takenAt.getTime() < DAY_MS) return null;
  await makeFolders(libraryDir);
  const file = path.join(libraryDir, BACKUP_FOLDER, `index-${stamp(now)}.json`);
  try {
    await copyDurably(indexFile, file, stagingDir(libraryDir));
  } catch (error) {
    // No index file yet: every clip is still in the journal.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  await prune(libraryDir);
  return file;
}

/** Copies the index file as it is on disk, before a migration rewrites it in a newer shape. */
export async function backupIndexBeforeMigration(
  libraryDir: string,
  indexFile: string,
  fromVersion: number,
  now: Date,
): Promise<string> {
  await makeFolders(libraryDir);
  const file = path.join(
    libraryDir,
    BACKUP_FOLDER,
    `index-${stamp(now)}-before-migration-from-v${fromVersion}.json`,
  );
  // Durable before the migrated index replaces the file.
  await copyDurably(indexFile, file, stagingDir(libraryDir));
  await prune(libraryDir);
  return file;
}

/** Whether a backup file holds an index this Presscut can open. */
async function isGoodBackup(file: string): Promise<boolean> {
  try {
    const { index } = migrateIndex(JSON.parse(await readFile(file, 'utf8')), file);
    return libraryIndexSchema.safeParse(index).success;
  } catch {
    return false;
  }
}

async function countUnlistedClips(libraryDir: string, restoredFile: string): Promise<number> {
  const listed = new Set(
    Object.keys(
      (JSON.parse(await readFile(restoredFile, 'utf8')) as { clips?: object }).clips ?? {},
    ),
  );
  const files = await readdir(path.join(libraryDir, 'clips')).catch(() => [] as string[]);
  return files.filter(
    (name) => name.endsWith('.json') && !listed.has(name.slice(0, -'.json'.length)),
  ).length;
}

/**
 * Puts the newest good backup in place of a damaged index. The damaged file
 * is never overwritten: it is moved aside with a timestamp first. Returns
 * null, touching nothing, when no backup can be opened.
 */
export async function restoreNewestBackup(
  libraryDir: string,
  indexFile: string,
  damage: PresscutError,
  now: Date,
): Promise<LibraryRecovery | null> {
  let chosen: IndexBackup | undefined;
  for (const backup of await listBackups(libraryDir)) {
    if (await isGoodBackup(backup.file)) {
      chosen = backup;
      break;
    }
  }
  if (!chosen) return null;
  const damagedFile = path.join(libraryDir, `index.damaged-${stamp(now)}.json`);
  // Copied aside first, then replaced in one step: a crash at any point leaves the damaged index or the restored one.
  await copyDurably(indexFile, damagedFile, stagingDir(libraryDir));
  await replaceFile(indexFile, await readFile(chosen.file), stagingDir(libraryDir));
  await syncFolder(libraryDir);
  const unlistedClips = await countUnlistedClips(libraryDir, indexFile);
  const takenAt = chosen.takenAt.toISOString();
  const reason = damage.message.replace(/\s*It was left as it is\.$/, '');
  const lost =
    unlistedClips > 0
      ? ` ${unlistedClips === 1 ? 'One clip was' : `${unlistedClips} clips were`} saved after that backup: ${unlistedClips === 1 ? 'its text is' : 'their texts are'} still in the clips folder, but not in the library list.`
      : '';
  return {
    damagedFile,
    restoredFrom: chosen.file,
    backupTakenAt: takenAt,
    reason,
    unlistedClips,
    message: `The library index could not be opened: ${reason} It was moved aside, unchanged, to ${damagedFile}, and the backup taken ${takenAt.slice(0, 16).replace('T', ' ')} UTC was restored.${lost}`,
  };
}

/**
 * Keeps a copy of a journal with damaged lines before the good lines are
 * folded into the index and the journal emptied. Only the changes on the
 * damaged lines are lost; the copy lets them be pieced together by hand.
 */
export async function setAsideDamagedJournal(
  libraryDir: string,
  journalFile: string,
  damagedLines: readonly number[],
  now: Date,
): Promise<LibraryRecovery> {
  const damagedFile = path.join(libraryDir, `journal.damaged-${stamp(now)}.jsonl`);
  // Durable before the good lines are folded into the index and the journal emptied.
  await copyDurably(journalFile, damagedFile, stagingDir(libraryDir));
  const lines =
    damagedLines.length === 1
      ? `line ${damagedLines[0]}`
      : `${damagedLines.length} lines (${damagedLines.slice(0, 5).join(', ')}${damagedLines.length > 5 ? ', …' : ''})`;
  const reason = `${path.basename(journalFile)} is damaged at ${lines}.`;
  return {
    damagedFile,
    restoredFrom: null,
    backupTakenAt: null,
    reason,
    unlistedClips: 0,
    message: `The library's change log could not be read whole: ${reason} Every other change was kept; the ${damagedLines.length === 1 ? 'change on that line was' : 'changes on those lines were'} not applied. The log was copied, unchanged, to ${damagedFile}.`,
  };
}

/** Both repairs in one notice, when opening needed both. */
export function combineRecoveries(
  first: LibraryRecovery | null,
  second: LibraryRecovery | null,
): LibraryRecovery | null {
  if (!first || !second) return first ?? second;
  return {
    ...first,
    reason: `${first.reason} ${second.reason}`,
    message: `${first.message} ${second.message}`,
  };
}

/** The error a damaged index gives when no backup can replace it. */
export function unrecoverable(damage: PresscutError): PresscutError {
  return new PresscutError(
    'library-damaged',
    `${damage.message} No good backup was found to restore.`,
    { cause: damage },
  );
}
