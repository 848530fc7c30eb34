import { randomUUID } from 'node:crypto';
import type { ImportFileData, ImportSummary, MergeGain } from '../../api/contract.ts';
import type { OutletMemory } from '../../clipping/memory/outlet-memory.ts';
import { PresscutError } from '../../../common/errors.ts';
import type { TagInfo } from '../../library/index-schema.ts';
import type { LibraryReader, LibraryWriter } from '../../library/library-reader.ts';
import type { ClipBatch } from '../../library/store.ts';
import type { Paste } from '../../model/article.ts';
import { clipBodySchema, clipRecordSchema, MAX_NOTE_LENGTH } from '../../model/clip.ts';
import { tagKey } from '../../../common/tag-names.ts';
import type { LibraryDocument } from '../library-document.ts';
import { ArticleIndex } from './article-index.ts';
import { groupItems } from './group-items.ts';
import type { ImportedItem } from './imported-item.ts';
import { mergeClips, type Clip } from './merge-clips.ts';
import { readImportFiles } from './read-files.ts';
import { isSafeId, isSafeKey } from './safe-keys.ts';
import { itemToClip } from './to-clip.ts';

/** Where an import is: a phrase for the progress bar, and how far along it is. */
export type ImportProgress = (label: string, done: number, total: number | null) => void;

export interface ImportOptions {
  now: Date;
  onProgress?: ImportProgress;
  /** The library's outlet memory, so imported pages lose their outlet's known boilerplate too. */
  memory?: OutletMemory;
}

/** How often (in articles) progress is reported while they are read. */
const PROGRESS_EVERY = 100;

/** Why a clip cannot be kept as it is, in words; null when it can. */
function invalidity({ record, body }: Clip): string | null {
  const issue =
    clipRecordSchema.safeParse(record).error?.issues[0] ??
    clipBodySchema.safeParse(body).error?.issues[0];
  return issue
    ? `it holds a value Presscut cannot keep (${issue.path.join('.')}: ${issue.message}).`
    : null;
}

/**
 * What one import does to the library, record by record: each record of an
 * article is merged into the clip that already holds it (in the library, or
 * made earlier in this import), or becomes a new clip. Only clips that
 * changed are written.
 */
class ImportRun {
  readonly index: ArticleIndex;
  readonly pastes = new Map<string, Paste>();
  readonly summary: ImportSummary;
  #gains = new Set<MergeGain>();
  #completed = new Set<string>();
  #waitingBefore = new Map<string, number>();
  /** Clips of this import none of whose records said whether it was archived. */

  constructor(store: LibraryReader, summary: ImportSummary) {
    this.index = new ArticleIndex(store);
    this.summary = summary;
  }

  /** Takes one record of an article into the library: merged into `target`, or added. */
  async settle(
    incoming: Clip,
    target: string | null,
    label: string,
    { paste, silentOnArchive = false }: { paste?: Paste; silentOnArchive?: boolean } = {},
  ): Promise<void> {
    const problem = invalidity(incoming);
    if (problem) {
      this.summary.failed.push({ item: label, reason: problem });
      return;
    }
    // Said on the record, so that an import after this one still leaves it to the records that say.
    const fromSilent = silentOnArchive || incoming.record.reading.archiveUnsaid === true;
    if (fromSilent) incoming.record.reading.archiveUnsaid = true;
    else delete incoming.record.reading.archiveUnsaid;
    if (!target) {
      this.index.remember(incoming);
      if (paste) this.pastes.set(incoming.record.pasteId, paste);
      this.summary.added++;
      return;
    }
    const inLibrary = this.index.inLibrary(target);
    // A record without text for a library clip: merged first without reading the clip's text (as if
    // it had none), which only a change needs; the merge that is kept is made with it.
    const record = this.index.record(target);
    const unread = incoming.record.linkOnly && this.index.textUntouched(target);
    const current = unread
      ? { record, body: { id: record.id, revision: record.revision, blocks: [], removed: [] } }
      : await this.index.clip(target);
    if (!this.#waitingBefore.has(target))
      this.#waitingBefore.set(
        target,
        inLibrary ? current.record.annotations.filter((a) => a.orphaned).length : 0,
      );
    const intoSilent = current.record.reading.archiveUnsaid === true;
    const options = { inLibrary, silentOnArchive: { into: intoSilent, from: fromSilent } };
    let { clip, gains } = mergeClips(current, incoming, options);
    if (gains.length > 0 && unread)
      ({ clip, gains } = mergeClips(await this.index.clip(target), incoming, options));
    if (gains.length === 0) {
      this.summary.duplicates++;
      return;
    }
    this.index.remember(clip);
    if (gains.includes('text') && paste) this.pastes.set(clip.record.pasteId, paste);
    if (
      inLibrary &&
      current.record.linkOnly &&
      !clip.record.linkOnly &&
      !this.#completed.has(target)
    ) {
      this.#completed.add(target);
      this.summary.completed++;
    } else this.summary.merged++;
    for (const gain of gains) if (gain !== 'text') this.#gains.add(gain);
  }

  finish(): Clip[] {
    const clips = [...this.index.changed.values()];
    this.summary.mergedAdded = [...this.#gains];
    this.summary.waitingHighlights = clips.reduce(
      (n, c) =>
        n +
        Math.max(
          0,
          c.record.annotations.filter((a) => a.orphaned).length -
            (this.#waitingBefore.get(c.record.id) ?? 0),
        ),
      0,
    );
    return clips;
  }
}

/**
 * Takes Presscut libraries (JSON exports and backups): a clip the library
 * holds (by id, address or text) is merged like any other record; one it
 * lacks comes in whole, with its id. Tag colours and settings restore into an
 * empty library; an existing library keeps the person's own.
 */
async function takeLibraries(
  libraries: readonly { document: LibraryDocument }[],
  store: LibraryReader,
  run: ImportRun,
) {
  const tags: Record<string, TagInfo> = {};
  let settings: LibraryDocument['settings'] | undefined;
  const empty = store.everyRecord().length === 0 && Object.keys(store.tags()).length === 0;
  for (const { document } of libraries) {
    for (const clip of document.clips) {
      const label = clip.record.title;
      const paste = document.pastes[clip.record.pasteId];
      if (!paste) {
        run.summary.failed.push({
          item: label,
          reason: 'its original paste is missing from the file.',
        });
        continue;
      }
      let incoming: Clip = clip;
      if (!isSafeId(clip.record.id) || !isSafeId(clip.record.pasteId)) {
        // An id no file or key may have: the clip comes in under a new one.
        const id = randomUUID();
        incoming = {
          record: { ...clip.record, id, pasteId: randomUUID() },
          body: { ...clip.body, id },
        };
      }
      const { index } = run;
      const target = index.has(incoming.record.id)
        ? incoming.record.id
        : clip.record.deletedAt === null
          ? (index.byUrl([incoming.record.url]) ?? (await index.byText(incoming.body.blocks)))
          : null;
      await run.settle(incoming, target, label, { paste });
    }
    for (const [name, info] of Object.entries(document.tags)) {
      if (!isSafeKey(name)) continue;
      if (empty || !Object.hasOwn(store.tags(), name)) tags[name] = info;
    }
    if (empty) settings = document.settings;
  }
  return { tags, settings };
}

/** Tells the summary what of an item cannot come in as it is: a tag no key may have, a note too long to keep whole. */
function noteWhatChanges(item: ImportedItem, notes: ImportSummary['notes']) {
  for (const tag of item.tags)
    if (!isSafeKey(tag.trim()))
      notes.push({
        item: item.label,
        reason: `its tag “${tag.trim()}” is a name Presscut cannot keep as a tag, so it was left out.`,
      });
  for (const h of item.highlights)
    if (h.note.length > MAX_NOTE_LENGTH)
      notes.push({
        item: item.label,
        reason: `a highlight's note of ${h.note.length.toLocaleString('en')} characters was cut to ${MAX_NOTE_LENGTH.toLocaleString('en')}.`,
      });
}

/** A tag already in the library, or earlier in the import, keeps its spelling: "ukraine" comes in as the library's "Ukraine". */
function tagSpeller(store: LibraryReader): (tags: string[]) => string[] {
  const spellings = new Map<string, string>();
  for (const tag of [...Object.keys(store.tags()), ...store.everyRecord().flatMap((r) => r.tags)])
    if (!spellings.has(tagKey(tag))) spellings.set(tagKey(tag), tag);
  return (tags) =>
    tags.map((t) => {
      if (!spellings.has(tagKey(t))) spellings.set(tagKey(t), t);
      return spellings.get(tagKey(t))!;
    });
}

/**
 * Imports files into the library: reads them, finds the records that are
 * one article (across every file, and against the library, by address or
 * text) before any text is cleaned, and merges them, so no tag, highlight or
 * text is lost and the order of files never matters. Only an article whose
 * text the library needs goes through the clipping engine. Everything is
 * written as one batch; nothing is written when nothing could be read.
 */
export async function runImport(
  store: LibraryReader & LibraryWriter,
  files: readonly ImportFileData[],
  { now, onProgress, memory }: ImportOptions,
): Promise<ImportSummary> {
  onProgress?.('Reading the files', 0, null);
  const read = readImportFiles(files);
  const summary: ImportSummary = {
    added: 0,
    completed: 0,
    merged: 0,
    mergedAdded: [],
    duplicates: 0,
    skipped: read.skipped,
    failed: read.failed,
    notes: read.notes,
    waitingHighlights: 0,
  };
  if (read.items.length === 0 && read.libraries.length === 0) {
    if (read.failed.length === 0) return summary;
    const reasons = read.failed.slice(0, 3).map((f) => f.reason);
    throw new PresscutError(
      'file-refused',
      reasons.join(' ') + (read.failed.length > 3 ? ` (and ${read.failed.length - 3} more)` : ''),
    );
  }

  const run = new ImportRun(store, summary);
  const restored = await takeLibraries(read.libraries, store, run);
  const spell = tagSpeller(store);
  const pasteIds = new Map<string, string>();
  const pasteIdOf = (item: ImportedItem) => {
    let id = pasteIds.get(item.original.key);
    if (!id) pasteIds.set(item.original.key, (id = randomUUID()));
    return id;
  };
  const groups = groupItems(read.items);
  for (const [i, group] of groups.entries()) {
    if (i % PROGRESS_EVERY === 0) onProgress?.(`Reading ${group[0].label}`, i, groups.length);
    let target = run.index.byUrl(group.map((item) => item.url));
    // The library holds the text already: nothing needs cleaning, only what the records add.
    const hasText = target !== null && !run.index.record(target).linkOnly;
    for (const item of group) {
      noteWhatChanges(item, summary.notes);
      const clip = itemToClip(
        hasText ? { ...item, content: null } : item,
        pasteIdOf(item),
        now,
        memory,
      );
      clip.record.tags = spell(clip.record.tags);
      target ??= await run.index.byText(clip.body.blocks);
      await run.settle(clip, target, item.label, {
        paste: item.original.paste,
        silentOnArchive: item.reading.archived === undefined,
      });
      if (!target && run.index.has(clip.record.id)) target = clip.record.id;
    }
  }

  const clips = run.finish();
  if (clips.length > 0 || Object.keys(restored.tags).length > 0 || restored.settings) {
    const batch: ClipBatch = {
      clips,
      pastes: run.pastes,
      tags: restored.tags,
      settings: restored.settings,
      onProgress: (written, of) => {
        if (written % PROGRESS_EVERY === 0 || written === of)
          onProgress?.('Saving to the library', written, of);
      },
    };
    await store.writeClips(batch);
  }
  onProgress?.('Done', groups.length, groups.length);
  return summary;
}
