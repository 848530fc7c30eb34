import { css, html, nothing } from 'lit';
import type { PresscutEvents } from '../../electron/api/contract.ts';

/** What the import and export dialogs add to a sheet: their width, progress bar and choices. */
export const transferStyles = css`
  dialog {
    width: min(36rem, 92vw);
    padding: 20px;
  }
  p {
    margin: 0 0 12px;
    color: var(--pc-muted);
    line-height: 1.45;
  }
  progress {
    width: 100%;
    height: 10px;
  }
  .progress-label {
    font-size: 13px;
    color: var(--pc-muted);
    margin-top: 6px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  fieldset {
    border: 1px solid var(--pc-border);
    border-radius: 8px;
    margin: 0 0 12px;
    padding: 8px 12px 10px;
  }
  legend {
    font-size: 12px;
    color: var(--pc-muted);
    padding: 0 4px;
  }
  fieldset label {
    display: flex;
    align-items: baseline;
    gap: 8px;
    margin: 4px 0;
  }
  .hint {
    color: var(--pc-muted);
    font-size: 12px;
  }
  .failure {
    color: var(--pc-danger);
    margin: 0 0 12px;
  }
`;

/** Why an import or export failed, in the dialog it was asked from. */
export function failureView(error: string | null) {
  return error ? html`<p class="failure" role="alert">${error}</p>` : nothing;
}

/** A task's progress: a bar (moving without a total while the total is unknown) and what it is doing. */
export function progressView(progress: PresscutEvents['progress'] | null) {
  if (!progress) return nothing;
  return html`<div role="status" aria-live="polite">
    ${progress.total ? html`<progress max=${progress.total} .value=${progress.done} aria-label="Progress"></progress>` : html`<progress aria-label="Progress"></progress>`}
    <div class="progress-label">
      ${progress.label}${progress.total ? ` (${progress.done.toLocaleString()} of ${progress.total.toLocaleString()})` : ''}
    </div>
  </div>`;
}
