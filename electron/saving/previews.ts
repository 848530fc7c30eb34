import { randomUUID } from 'node:crypto';
import { PresscutError } from '../../common/errors.ts';
import type { ExtractedArticle, Paste } from '../model/article.ts';

/** A paste the engines cleaned, held in main until the person saves what they chose of it. */
export interface HeldPreview {
  paste: Paste;
  clippedAt: Date;
  articles: ExtractedArticle[];
}

export interface PreviewLimits {
  /** Previews held at once: the window shows one; a few more cover a second window or a quick re-paste. */
  count: number;
  /** Characters of pastes held at once (the newest preview is always kept, whatever its size). */
  chars: number;
  /** How long a preview waits for its Save: longer than anyone leaves one open, short enough not to hoard memory. */
  ttlMs: number;
}

export const PREVIEW_LIMITS: PreviewLimits = {
  count: 8,
  chars: 64 * 1024 * 1024,
  ttlMs: 60 * 60 * 1000,
};

/**
 * The previews waiting for a Save, by id. Saving takes the articles the
 * engines found when the person looked, never a new cleaning that might
 * differ (the outlet memory may have learnt something since); so the paste
 * crosses from the window once and is cleaned once.
 */
export class PreviewCache {
  #held = new Map<string, { preview: HeldPreview; at: number; chars: number }>();
  #limits: PreviewLimits;
  #now: () => number;

  constructor(limits: PreviewLimits = PREVIEW_LIMITS, now: () => number = Date.now) {
    this.#limits = limits;
    this.#now = now;
  }

  /** Holds a preview; returns its id. The oldest go first when there are too many or they are too large. */
  hold(preview: HeldPreview): string {
    this.#expire();
    const id = randomUUID();
    const chars = preview.paste.text.length + (preview.paste.html?.length ?? 0);
    this.#held.set(id, { preview, at: this.#now(), chars });
    let total = 0;
    for (const entry of this.#held.values()) total += entry.chars;
    for (const [oldId, entry] of this.#held) {
      if (oldId === id) break;
      if (this.#held.size <= this.#limits.count && total <= this.#limits.chars) break;
      this.#held.delete(oldId);
      total -= entry.chars;
    }
    return id;
  }

  /** The preview with this id; an error the person can act on when it is gone. */
  get(id: string): HeldPreview {
    this.#expire();
    const entry = this.#held.get(id);
    if (!entry)
      throw new PresscutError(
        'preview-expired',
        'This preview is no longer held (it was over an hour old, or many pastes came after it): paste the article again to save it.',
      );
    return entry.preview;
  }

  /** Lets a saved preview go. */
  drop(id: string): void {
    this.#held.delete(id);
  }

  #expire(): void {
    const oldest = this.#now() - this.#limits.ttlMs;
    for (const [id, entry] of this.#held) if (entry.at < oldest) this.#held.delete(id);
  }
}
