import { css, html, nothing } from 'lit';
import type { TaskProgress } from '../../electron/api/contract.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * What main is cleaning, with a way to stop it: shown only once the cleaning
 * has taken a moment (a usual paste is done before it would appear).
 *
 * @event task-cancel - Cancel was chosen; the detail names the task.
 */
export class TaskStatus extends PresscutElement {
  static override properties = { progress: { attribute: false } };

  /** The task running; nothing is shown without one. */
  declare progress: TaskProgress | null;

  static override styles = [
    controlStyles,
    css`
      :host {
        position: fixed;
        left: 50%;
        top: 16px;
        transform: translateX(-50%);
        z-index: 10;
      }
      .status {
        display: flex;
        align-items: center;
        gap: 12px;
        background: var(--pc-surface);
        color: var(--pc-text);
        border: 1px solid var(--pc-border);
        padding: 8px 8px 8px 16px;
        border-radius: var(--pc-radius);
        box-shadow: var(--pc-shadow);
        /* Appears only if the work lasts: no flash for an ordinary paste. */
        animation: appear 0s 600ms both;
      }
      @keyframes appear {
        from {
          visibility: hidden;
        }
        to {
          visibility: visible;
        }
      }
    `,
  ];

  constructor() {
    super();
    this.progress = null;
  }

  override render() {
    const progress = this.progress;
    return html`<div role="status" aria-live="polite">
      ${
        progress
          ? html`<div class="status">
              <span>${progress.label}…</span>
              <button @click=${() => this.emit('task-cancel', { id: progress.id })}>Cancel</button>
            </div>`
          : nothing
      }
    </div>`;
  }
}

customElements.define('task-status', TaskStatus);
