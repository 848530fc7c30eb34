import { globalShortcut } from 'electron';
import type { GlobalShortcutPort } from '../service/context.ts';

/** The global shortcut, held from the system: one at a time, the old one released only once the new one is held. */
export class SystemShortcut implements GlobalShortcutPort {
  #held = '';
  readonly #onPress: () => void;

  constructor(onPress: () => void) {
    this.#onPress = onPress;
  }

  claim(accelerator: string): boolean {
    if (accelerator === this.#held) return true;
    // Electron answers false when another app holds the keys, and throws on keys it cannot register.
    if (accelerator !== '' && !safely(() => globalShortcut.register(accelerator, this.#onPress)))
      return false;
    if (this.#held !== '') globalShortcut.unregister(this.#held);
    this.#held = accelerator;
    return true;
  }

  current(): string {
    return this.#held;
  }
}

function safely(register: () => boolean): boolean {
  try {
    return register();
  } catch {
    return false;
  }
}
