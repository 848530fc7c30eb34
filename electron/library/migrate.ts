import { PresscutError } from '../../common/errors.ts';
import { SCHEMA_VERSION } from './index-schema.ts';

/** Turns an index of version N into one of version N + 1. */
export type MigrationStep = (index: Record<string, unknown>) => Record<string, unknown>;

/**
 * The steps from each past version to the next, keyed by the version they start from.
 * Version 1 is the first: there is nothing to migrate from yet.
 */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {};

export interface MigrationResult {
  index: Record<string, unknown>;
  /** The version the file was at, when it had to be migrated. */
  migratedFrom: number | null;
}

/** Brings a parsed index file up to the current schema version, or says why it cannot. */
export function migrateIndex(
  raw: unknown,
  file: string,
  steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new PresscutError(
      'library-damaged',
      `${file} is not a Presscut library index (it holds no object). It was left as it is.`,
    );
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new PresscutError(
      'library-damaged',
      `${file} has no valid schemaVersion. It was left as it is.`,
    );
  }
  if (version > target) {
    throw new PresscutError(
      'library-too-new',
      `${file} was written by a newer Presscut (library version ${version}; this one reads up to ${target}). Update Presscut to open it; the file was left as it is.`,
    );
  }
  let index = raw as Record<string, unknown>;
  for (let v = version; v < target; v++) {
    const step = steps[v];
    if (!step)
      throw new PresscutError('internal', `No migration from library version ${v} to ${v + 1}.`);
    index = { ...step(index), schemaVersion: v + 1 };
  }
  return { index, migratedFrom: version === target ? null : version };
}
