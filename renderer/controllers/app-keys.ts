import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClipList } from '../components/clip-list.ts';
import type { SearchBox } from '../components/search-box.ts';
import { pasteOf } from '../input/clipboard.ts';
import { anyPanelOpen, inOpenPanel } from '../overlays/popover-panel.ts';
import { inEditableField } from '../input/editable-field.ts';
import type { AppStore } from '../state/app-store.ts';
import { modalOpen } from '../state/selectors.ts';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** The parts of the window the keys move focus to. */
export interface KeyTargets {
  list(): ClipList | null;
  searchBox(): SearchBox | null;
}

/**
 * The window's own keys and paste: a paste anywhere but in a text field is
 * an article to clip; j/k, n/p, /, ?, Ctrl+Z, Ctrl+N act on the library.
 * Both wait while a modal dialog is open or a text field has focus.
 */
export class AppKeys implements ReactiveController {
  #store: AppStore;
  #targets: KeyTargets;

  constructor(host: ReactiveControllerHost, store: AppStore, targets: KeyTargets) {
    this.#store = store;
    this.#targets = targets;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('paste', this.#onPaste);
    window.addEventListener('keydown', this.#onKeyDown);
  }

  hostDisconnected(): void {
    window.removeEventListener('paste', this.#onPaste);
    window.removeEventListener('keydown', this.#onKeyDown);
  }

  /** Keys typed in a field, a modal dialog or an open menu or popover are theirs, not the window's. */
  #standsAside(event: Event): boolean {
    return inEditableField(event) || modalOpen(this.#store.state) || inOpenPanel(event);
  }

  #onPaste = (event: ClipboardEvent): void => {
    if (this.#standsAside(event) || !event.clipboardData) return;
    event.preventDefault();
    void this.#store.paste.preview(pasteOf(event.clipboardData));
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    // A key a component already acted on (the list's own j/k, Enter, Delete) is not the window's.
    if (event.defaultPrevented || this.#standsAside(event)) return;
    const store = this.#store;
    const { state } = store;
    const list = this.#targets.list();
    const mod = isMac ? event.metaKey : event.ctrlKey;
    const key = event.key;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    const act = (action: () => unknown) => {
      event.preventDefault();
      void action();
    };
    if (mod && key.toLowerCase() === 'z' && !event.shiftKey && state.ui.toast?.undo)
      act(() => store.undo());
    else if (mod && key.toLowerCase() === 'n') act(() => store.paste.openBox());
    else if (plain && key === '?') act(() => store.openDialog('shortcuts'));
    else if ((plain && key === '/') || (mod && key.toLowerCase() === 'f'))
      act(() => this.#targets.searchBox()?.focusBox());
    else if (plain && (key === 'j' || key === 'k'))
      act(() => list?.moveCursor(key === 'j' ? 1 : -1));
    else if (plain && (key === 'n' || key === 'p') && state.reader.clip)
      act(() => store.list.step(key === 'n' ? 1 : -1));
    // Esc closes an open menu or popover first (the platform does); only then does it go back to the list.
    else if (key === 'Escape' && state.ui.view === 'library' && !anyPanelOpen())
      act(() => list?.focusList());
    // Enter with nothing focused (after j/k, before focus has landed) opens the list's cursor.
    else if (key === 'Enter' && event.target === document.body && state.ui.view === 'library')
      act(() => list?.openCursor());
  };
}
