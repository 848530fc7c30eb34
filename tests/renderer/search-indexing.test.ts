import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { AppStore } from '../../renderer/state/app-store.ts';
import { article } from '../helpers/articles.ts';
import { tempService, type TempService } from '../helpers/temp-service.ts';

let temp: TempService;
/** How far main says the index has got; null when it holds every clip. */
let indexing: { done: number; total: number } | null = null;

/** The real services, with main saying the index is being built while `indexing` is set. */
function building(service: PresscutApi): PresscutApi {
  return {
    ...service,
    listWindow: async (request) => ({ ...(await service.listWindow(request)), indexing }),
  };
}

beforeAll(async () => {
  temp = await tempService();
  await temp.store.addPaste(
    { text: 'paste' },
    [article('Harbour', 'The harbour story.')],
    new Date(Date.UTC(2025, 0, 1)),
  );
});

afterAll(async () => {
  await temp.close();
});

it('holds how far the index has got with a list found while it is built, and asks again until it is built', async () => {
  const store = new AppStore(building(temp.service));
  await store.load();
  indexing = { done: 400, total: 1000 };
  await store.list.search('harbour');
  expect(store.state.list.rows).toHaveLength(1);
  expect(store.state.list.indexing).toEqual({ done: 400, total: 1000 });
  // The list asks again by itself until the index holds every clip.
  indexing = null;
  await new Promise<void>((resolve) => {
    const check = () => {
      if (store.state.list.indexing !== null) return;
      store.removeEventListener('change', check);
      resolve();
    };
    store.addEventListener('change', check);
  });
  expect(store.state.list.rows).toHaveLength(1);
});
