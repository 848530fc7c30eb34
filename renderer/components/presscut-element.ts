import { LitElement } from 'lit';
import type { PresscutEventMap } from './events.ts';

/** The base of Presscut's elements: events it sends bubble and cross shadow roots. */
export class PresscutElement extends LitElement {
  protected emit<K extends keyof PresscutEventMap>(name: K, detail: PresscutEventMap[K]): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}
