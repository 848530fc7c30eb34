import type {
  ClipRecord,
  ClipSummary,
  PresscutApi,
  SettingsPatch,
} from '../../electron/api/contract.ts';
import type { AppState, Dialog, StatePatch } from './state.ts';

/** How a clip is opened: at an annotation, and by whom. */
export interface OpenOptions {
  reveal?: string | null;
  by?: 'person' | 'app';
}

/**
 * What a group of actions may ask of the store: main, the state and its
 * changes, and what several groups share. It is declared here, apart from
 * the store, so that the store can hold its groups and each group can name
 * what it needs without the two modules importing each other.
 */
export interface StoreHost {
  readonly api: PresscutApi;
  readonly state: Readonly<AppState>;
  update(patch: StatePatch): void;
  patchClip(id: string, change: (clip: ClipSummary) => Partial<ClipRecord>): void;
  applyRecord(record: ClipRecord): void;
  refresh(): Promise<void>;
  recount(): Promise<void>;
  run(task: () => Promise<void>, fail?: (message: string) => void): Promise<void>;
  open(id: string, options?: OpenOptions): Promise<void>;
  toast(message: string, undo?: () => Promise<void>): void;
  openDialog(dialog: Dialog): void;
  closeDialog(dialog?: Dialog): void;
  /** The other groups' actions that one group calls. */
  readonly list: { setTagFilter(tags: string[]): Promise<void> };
  readonly settings: { change(patch: SettingsPatch): Promise<void> };
}
