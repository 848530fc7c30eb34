/**
 * The writer the search crash test kills: opens the library and its search
 * index (building it, the test having removed it), prints each step of the
 * indexing as it goes, and adds clips meanwhile, printing each once the
 * library acknowledged it.
 */
import { LibraryStore } from '../../electron/library/store.ts';
import { SearchIndex } from '../../electron/search/search-index.ts';
import { article } from '../helpers/articles.ts';
import { clipToken } from './index-crash-tokens.ts';

const [dir, first] = process.argv.slice(2);
const store = await LibraryStore.open(dir);
const index = await SearchIndex.start(dir, {
  onProgress: (state) => console.log(`progress ${state ? state.done : 'done'}`),
});
void index.follow(store);
for (let i = Number(first); ; i++) {
  const token = clipToken(i);
  await store.addPaste(
    { text: token },
    [article(`Added ${token}`, `The ${token} text.`)],
    new Date(),
  );
  console.log(`added ${token}`);
}
