import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement, focusablesIn, focusLost } from './focus.ts';

/** Modal dialogs on the page now: focus goes back only when the last one goes. */
let openModals = 0;
/** Where focus was before the first of a chain of dialogs (the New clip box, then its preview) opened. */
let returnFocusTo: HTMLElement | null = null;

/**
 * Makes a component's `<dialog>` a modal dialog for as long as the component
 * is on the page (dialogs exist only while open). The platform's modal dialog
 * makes the rest of the window inert and keeps focus inside (Tab wraps from
 * the last control to the first); Esc and a click on the backdrop ask the
 * component to close (`closedby="any"`), through one `requestClose` callback
 * the component turns into its own close event; when the dialog goes, focus
 * returns where it was before the dialog opened. The first control with
 * `autofocus` gets focus.
 */
export class ModalDialog implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #requestClose: () => void;
  #dialog: HTMLDialogElement | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, requestClose: () => void) {
    this.#host = host;
    this.#requestClose = requestClose;
    host.addController(this);
  }

  hostConnected(): void {
    if (openModals++ === 0) returnFocusTo = deepActiveElement() ?? returnFocusTo;
  }

  hostUpdated(): void {
    const dialog = this.#host.shadowRoot?.querySelector('dialog') ?? null;
    if (!dialog) return;
    if (dialog !== this.#dialog) {
      this.#dialog = dialog;
      dialog.setAttribute('closedby', 'any');
      dialog.addEventListener('cancel', this.#onCancel);
      dialog.addEventListener('close', this.#onClose);
      dialog.addEventListener('keydown', this.#onKeyDown);
    }
    if (!dialog.open) dialog.showModal();
  }

  hostDisconnected(): void {
    this.#dialog = null;
    // A dialog taken off the page takes focus with it: give it back, unless another dialog followed.
    queueMicrotask(() => {
      if (--openModals > 0) return;
      const target = returnFocusTo;
      returnFocusTo = null;
      if (target?.isConnected && focusLost()) target.focus();
    });
  }

  /** Esc, or a click on the backdrop: the component decides (a running import stays). */
  #onCancel = (event: Event): void => {
    event.preventDefault();
    this.#requestClose();
  };

  /** The platform closed it anyway (a second Esc cannot be refused): ask, and show it again if it stays. */
  #onClose = (): void => {
    this.#requestClose();
    this.#host.requestUpdate();
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab' || !this.#dialog) return;
    const items = focusablesIn(this.#dialog);
    const active = this.#host.shadowRoot?.activeElement;
    const edge = event.shiftKey ? items[0] : items[items.length - 1];
    if (!edge || active !== edge) return;
    event.preventDefault();
    (event.shiftKey ? items[items.length - 1] : items[0]).focus();
  };
}
