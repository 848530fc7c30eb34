import { describe, expect, it } from 'vitest';
import { bodyText } from '../../electron/model/article.ts';
import { useTestLibrary } from '../helpers/test-library.ts';

const lib = useTestLibrary();

const TEXT =
  'Storm closes the bridge\nThe bridge closed at noon as winds rose above ninety kilometres an hour.\nIt will reopen tomorrow if the forecast holds.';

async function clipWithHighlight(quote: string) {
  const [clip] = await lib.service.clipPaste({ paste: { text: TEXT } });
  const text = bodyText((await lib.service.getClip(clip.id)).body.blocks);
  const start = text.indexOf(quote);
  const record = await lib.service.addAnnotation(clip.id, {
    start,
    end: start + quote.length,
    color: 'green',
    note: 'why so windy?',
  });
  return { id: clip.id, record, text };
}

describe('annotations', () => {
  it('stores a highlight with its quote, context and position', async () => {
    const { record } = await clipWithHighlight('winds rose above ninety');
    expect(record.annotations[0]).toMatchObject({
      color: 'green',
      note: 'why so windy?',
      orphaned: false,
      quote: {
        exact: 'winds rose above ninety',
        prefix: 'The bridge closed at noon as ',
        suffix: ' kilometres an hour.\n\nIt will re',
      },
    });
  });

  it('refuses a highlight outside the text or over nothing', async () => {
    const [clip] = await lib.service.clipPaste({ paste: { text: TEXT } });
    await expect(
      lib.service.addAnnotation(clip.id, { start: 5, end: 10_000, color: 'yellow' }),
    ).rejects.toThrow(/past the end of the text/);
    expect(lib.store.record(clip.id).annotations).toEqual([]);
  });

  it('edits, deletes and restores a highlight', async () => {
    const { id, record } = await clipWithHighlight('reopen tomorrow');
    const annotation = record.annotations[0];
    const edited = await lib.service.updateAnnotation(id, annotation.id, {
      note: 'good',
      color: 'pink',
    });
    expect(edited.annotations[0]).toMatchObject({ note: 'good', color: 'pink' });
    await lib.service.deleteAnnotation(id, annotation.id);
    expect(lib.store.record(id).annotations).toEqual([]);
    const restored = await lib.service.restoreAnnotation(id, edited.annotations[0]);
    expect(restored.annotations[0]).toMatchObject({
      id: annotation.id,
      note: 'good',
      orphaned: false,
    });
  });

  it('follows its passage when the person edits the text, and is kept as an orphan when the passage goes', async () => {
    const { id, record } = await clipWithHighlight('reopen tomorrow');
    const { body } = await lib.service.getClip(id);
    const blocks = [
      { type: 'paragraph' as const, text: 'UPDATE: officials spoke at two.' },
      ...body.blocks,
    ];
    const detail = await lib.service.updateClip(id, { blocks, title: 'Bridge closed by storm' });
    const moved = detail.record.annotations[0];
    expect(bodyText(detail.body.blocks).slice(moved.position.start, moved.position.end)).toBe(
      'reopen tomorrow',
    );
    expect(detail.record.title).toBe('Bridge closed by storm');

    const gone = await lib.service.updateClip(id, { blocks: blocks.slice(0, 2) });
    expect(gone.record.annotations[0]).toMatchObject({
      id: record.annotations[0].id,
      orphaned: true,
      quote: { exact: 'reopen tomorrow' },
    });
  });

  it('keeps a page note', async () => {
    const [clip] = await lib.service.clipPaste({ paste: { text: TEXT } });
    expect((await lib.service.setClipNote(clip.id, 'Follow up next week.')).note).toBe(
      'Follow up next week.',
    );
  });

  it('lists annotations across the library, newest first, by words and tags', async () => {
    const first = await clipWithHighlight('winds rose');
    const second = await clipWithHighlight('reopen tomorrow');
    await lib.service.tagClips([second.id], { add: ['bridges'] });
    const all = await lib.service.listAnnotations({});
    expect(all.map((e) => e.annotation.quote.exact)).toEqual(['reopen tomorrow', 'winds rose']);
    expect((await lib.service.listAnnotations({ text: 'WINDS' })).map((e) => e.clipId)).toEqual([
      first.id,
    ]);
    expect((await lib.service.listAnnotations({ tags: ['Bridges'] })).map((e) => e.clipId)).toEqual(
      [second.id],
    );
  });
});

describe('removed parts and re-cleaning', () => {
  it('puts a removed part back where it was, and the annotations follow', async () => {
    const [clip] = await lib.service.clipPaste({ paste: { text: TEXT } });
    await lib.store.updateBody(clip.id, {
      blocks: (await lib.store.body(clip.id)).blocks,
      removed: [{ text: 'Photo: a closed bridge', reason: 'caption', before: 1 }],
    });
    const { record } = await clipWithHighlightOn(clip.id, 'reopen tomorrow');
    const detail = await lib.service.restoreRemovedPart(clip.id, 0);
    expect(detail.body.blocks.map((b) => b.text)[1]).toBe('Photo: a closed bridge');
    expect(detail.body.removed).toEqual([]);
    const a = detail.record.annotations[0];
    expect(a.id).toBe(record.annotations[0].id);
    expect(bodyText(detail.body.blocks).slice(a.position.start, a.position.end)).toBe(
      'reopen tomorrow',
    );
    await expect(lib.service.restoreRemovedPart(clip.id, 0)).rejects.toThrow(/no removed part 1/);
  });

  it('cleans the original paste again and keeps the annotations', async () => {
    const { id } = await clipWithHighlight('reopen tomorrow');
    await lib.service.updateClip(id, {
      blocks: [
        {
          type: 'paragraph',
          text: 'Someone rewrote it all. It will reopen tomorrow if the forecast holds.',
        },
      ],
    });
    const detail = await lib.service.recleanClip(id);
    expect(detail.body.blocks.map((b) => b.text)).toEqual([
      'The bridge closed at noon as winds rose above ninety kilometres an hour.',
      'It will reopen tomorrow if the forecast holds.',
    ]);
    expect(detail.record.annotations[0].orphaned).toBe(false);
  });
});

async function clipWithHighlightOn(id: string, quote: string) {
  const text = bodyText((await lib.service.getClip(id)).body.blocks);
  const start = text.indexOf(quote);
  return {
    record: await lib.service.addAnnotation(id, {
      start,
      end: start + quote.length,
      color: 'yellow',
    }),
  };
}
