import type { GlobalShortcutPort } from '../../electron/service/context.ts';

/** The system's global shortcuts as main holds them, some taken by other apps. */
export class FakeShortcuts implements GlobalShortcutPort {
  held = '';
  readonly takenByOthers: readonly string[];

  constructor(takenByOthers: readonly string[] = []) {
    this.takenByOthers = takenByOthers;
  }

  claim(accelerator: string): boolean {
    if (this.takenByOthers.includes(accelerator)) return false;
    this.held = accelerator;
    return true;
  }

  current(): string {
    return this.held;
  }
}
