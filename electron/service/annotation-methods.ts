import { randomUUID } from 'node:crypto';
import type { AnnotationEntry, PresscutApi } from '../api/contract.ts';
import { reanchorAnnotations } from '../annotations/reanchor.ts';
import { describeRange } from '../annotations/selectors.ts';
import { PresscutError } from '../../common/errors.ts';
import { bodyText } from '../model/article.ts';
import type { Annotation, ClipRecord } from '../model/clip.ts';
import { tagKey } from '../../common/tag-names.ts';
import type { ServiceContext } from './context.ts';

type AnnotationMethods = Pick<
  PresscutApi,
  | 'addAnnotation'
  | 'updateAnnotation'
  | 'deleteAnnotation'
  | 'restoreAnnotation'
  | 'setClipNote'
  | 'listAnnotations'
>;

function findAnnotation(record: ClipRecord, annotationId: string): Annotation {
  const found = record.annotations.find((a) => a.id === annotationId);
  if (!found)
    throw new PresscutError(
      'not-found',
      `Clip “${record.title}” has no annotation ${annotationId}.`,
    );
  return found;
}

export function annotationMethods({ store, now }: ServiceContext): AnnotationMethods {
  return {
    async addAnnotation(clipId, { start, end, color, note = '' }) {
      const text = bodyText((await store.body(clipId)).blocks);
      if (end > text.length)
        throw new PresscutError(
          'invalid-argument',
          `The highlight ends at ${end}, past the end of the text (${text.length}).`,
        );
      if (!text.slice(start, end).trim())
        throw new PresscutError('invalid-argument', 'A highlight needs some text in it.');
      const at = now().toISOString();
      const annotation: Annotation = {
        id: randomUUID(),
        createdAt: at,
        updatedAt: at,
        color,
        note,
        orphaned: false,
        ...describeRange(text, start, end),
      };
      return store.updateRecord(clipId, (record) => ({
        ...record,
        annotations: [...record.annotations, annotation],
      }));
    },

    async updateAnnotation(clipId, annotationId, patch) {
      findAnnotation(store.record(clipId), annotationId);
      const at = now().toISOString();
      return store.updateRecord(clipId, (record) => ({
        ...record,
        annotations: record.annotations.map((a) =>
          a.id === annotationId ? { ...a, ...patch, updatedAt: at } : a,
        ),
      }));
    },

    async deleteAnnotation(clipId, annotationId) {
      findAnnotation(store.record(clipId), annotationId);
      return store.updateRecord(clipId, (record) => ({
        ...record,
        annotations: record.annotations.filter((a) => a.id !== annotationId),
      }));
    },

    async restoreAnnotation(clipId, annotation) {
      if (store.record(clipId).annotations.some((a) => a.id === annotation.id)) {
        throw new PresscutError('invalid-argument', 'That annotation is already on the clip.');
      }
      // The text may have changed since it was deleted: place it again rather than trust its old offsets.
      const [placed] = reanchorAnnotations(
        [annotation],
        null,
        bodyText((await store.body(clipId)).blocks),
      );
      return store.updateRecord(clipId, (record) => ({
        ...record,
        annotations: [...record.annotations, placed],
      }));
    },

    async setClipNote(clipId, note) {
      return store.updateRecord(clipId, (record) => ({ ...record, note }));
    },

    async listAnnotations({ text = '', tags = [] }) {
      const needle = text.trim().toLocaleLowerCase();
      const wanted = tags.map(tagKey);
      const entries: AnnotationEntry[] = [];
      for (const record of store.records()) {
        const keys = record.tags.map(tagKey);
        if (!wanted.every((t) => keys.includes(t))) continue;
        for (const annotation of record.annotations) {
          const haystack =
            `${annotation.quote.exact}\n${annotation.note}\n${record.title}`.toLocaleLowerCase();
          if (needle && !haystack.includes(needle)) continue;
          entries.push({
            clipId: record.id,
            clipTitle: record.title,
            source: record.source,
            tags: record.tags,
            annotation,
          });
        }
      }
      // Newest first; within one millisecond, the one added later to its clip.
      return entries
        .reverse()
        .sort((a, b) =>
          a.annotation.createdAt < b.annotation.createdAt
            ? 1
            : a.annotation.createdAt > b.annotation.createdAt
              ? -1
              : 0,
        );
    },
  };
}
