import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../electron/library/store.ts';
import { LibraryNearDuplicates } from '../../electron/near-duplicates/library-near-duplicates.ts';
import { matchInLibrary } from '../../electron/near-duplicates/library-match.ts';
import { article } from '../helpers/articles.ts';
import { useTestLibrary } from '../helpers/test-library.ts';

const PARAGRAPHS = [
  'Thailand has recalled its ambassador to Cambodia and will expel Cambodia’s ambassador, the ruling Pheu Thai Party said on Wednesday following a landmine incident that injured a Thai soldier along the disputed border.',
  'The Thai Foreign Ministry has lodged a formal protest with Cambodia, saying the landmines found in the area were newly deployed and had not been encountered during previous patrols, the party said on social media.',
  'The government has also ordered the closure of all border checkpoints under the jurisdiction of Thailand’s Second Army, the Pheu Thai Party said.',
];
const UNRELATED = article(
  'Cats thrown off blocks',
  'A man who killed cats by throwing them off public housing blocks has had his jail term doubled to 27 months by the High Court, which said the first sentence did not reflect the cruelty of the acts.',
);

describe('the library’s near-duplicate index', () => {
  const library = useTestLibrary();

  it('follows clips saved, edited and deleted, and tells the same article from a pickup', async () => {
    const at = new Date('2025-07-23T10:00:00Z');
    const [bt] = await library.store.addPaste(
      { text: 'x' },
      [
        { ...article('Thailand recalls envoy', ...PARAGRAPHS), source: 'Business Times' },
        UNRELATED,
      ],
      at,
    );
    const index = LibraryNearDuplicates.open(library.store);
    try {
      const again = {
        url: null,
        source: 'Business Times',
        blocks: article('t', ...PARAGRAPHS).blocks,
      };
      expect(await matchInLibrary(again, library.store, index)).toMatchObject([
        {
          clipId: bt.id,
          kind: 'same-article',
          source: 'Business Times',
          clippedAt: at.toISOString(),
        },
      ]);
      const pickup = {
        url: null,
        source: 'Straits Times',
        blocks: article('t', `BANGKOK - ${PARAGRAPHS[0]}`, PARAGRAPHS[1]).blocks,
      };
      expect(await matchInLibrary(pickup, library.store, index)).toMatchObject([
        { clipId: bt.id, kind: 'pickup' },
      ]);

      // An edit that makes it another story is followed; so is a delete.
      await library.service.updateClip(bt.id, {
        blocks: UNRELATED.blocks.map((b) => ({ ...b, text: `${b.text} Updated.` })),
      });
      expect(await matchInLibrary(again, library.store, index)).toEqual([]);
      const [second] = await library.store.addPaste(
        { text: 'y' },
        [article('Again', ...PARAGRAPHS)],
        at,
      );
      expect((await index.find(PARAGRAPHS.join('\n\n'))).map((m) => m.record.id)).toEqual([
        second.id,
      ]);
      await library.service.deleteClip(second.id);
      expect(await index.find(PARAGRAPHS.join('\n\n'))).toEqual([]);
      await index.save();
    } finally {
      await index.close();
    }

    // Reopened, it starts from what it saved.
    await library.store.close();
    library.store = await LibraryStore.open(library.libraryDir);
    const reopened = LibraryNearDuplicates.open(library.store);
    try {
      const found = await reopened.find(UNRELATED.blocks[0].text);
      expect(found.map((m) => m.record.title).sort()).toEqual([
        'Cats thrown off blocks',
        'Thailand recalls envoy',
      ]);
    } finally {
      await reopened.close();
    }
  });

  it('finds a clip by its address, tracking parameters aside', async () => {
    const [clip] = await library.store.addPaste(
      { text: 'x' },
      [{ ...UNRELATED, url: 'https://www.example.com/cats?utm_source=x' }],
      new Date(),
    );
    const index = LibraryNearDuplicates.open(library.store);
    try {
      const matches = await matchInLibrary(
        {
          url: 'https://example.com/cats/',
          source: null,
          blocks: [{ type: 'paragraph', text: 'Different text entirely.' }],
        },
        library.store,
        index,
      );
      expect(matches).toMatchObject([{ clipId: clip.id, kind: 'same-article', similarity: 1 }]);
    } finally {
      await index.close();
    }
  });
});
