import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AppStore } from './app-store.ts';
import type { AppState } from './state.ts';

/** Re-renders its host whenever the store's state changes. */
export class StoreController implements ReactiveController {
  readonly store: AppStore;
  #host: ReactiveControllerHost;
  #onChange = () => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost, store: AppStore) {
    this.#host = host;
    this.store = store;
    host.addController(this);
  }

  get state(): Readonly<AppState> {
    return this.store.state;
  }

  hostConnected(): void {
    this.store.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.store.removeEventListener('change', this.#onChange);
  }
}
