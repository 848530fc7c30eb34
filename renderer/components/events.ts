import type { ArticleChoice } from '../../electron/api/contract.ts';
import type { Paste } from '../../electron/model/article.ts';

/** Every event a Presscut component sends up, with its detail. All bubble and cross shadow roots. */
export interface PresscutEventMap {
  /** The person chose a clip in the list. */
  'clip-select': { id: string };
  /** The person asked to delete a clip. */
  'clip-delete': { id: string };
  /** The person clicked a link in an article. */
  'link-open': { url: string };
  /** Something was pasted or typed into the New clip box. */
  'paste-submit': Paste;
  /** The person asked for the New clip box. */
  'paste-box-open': null;
  'paste-box-close': null;
  /** The person saved the previewed articles they kept. */
  'preview-save': { articles: ArticleChoice[] };
  'preview-cancel': null;
  'toast-undo': null;
  'toast-dismiss': null;
}

export type PresscutEvent<K extends keyof PresscutEventMap> = CustomEvent<PresscutEventMap[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'clip-select': PresscutEvent<'clip-select'>;
    'clip-delete': PresscutEvent<'clip-delete'>;
    'link-open': PresscutEvent<'link-open'>;
    'paste-submit': PresscutEvent<'paste-submit'>;
    'paste-box-open': PresscutEvent<'paste-box-open'>;
    'paste-box-close': PresscutEvent<'paste-box-close'>;
    'preview-save': PresscutEvent<'preview-save'>;
    'preview-cancel': PresscutEvent<'preview-cancel'>;
    'toast-undo': PresscutEvent<'toast-undo'>;
    'toast-dismiss': PresscutEvent<'toast-dismiss'>;
  }
}
