/** Electron's names for keys that are not a letter, a digit or a function key, by `KeyboardEvent.code`. */
const KEYS_BY_CODE: Record<string, string> = {
  Space: 'Space',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Enter: 'Return',
  NumpadEnter: 'Return',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
  NumpadDecimal: 'numdec',
};

function keyOf(code: string): string | null {
  if (/^Key[A-Z]$/.test(code)) return code.slice(3);
  if (/^Digit[0-9]$/.test(code)) return code.slice(5);
  if (/^Numpad[0-9]$/.test(code)) return `num${code.slice(6)}`;
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(code)) return code;
  return KEYS_BY_CODE[code] ?? null;
}

/**
 * The accelerator a key press spells, in Electron's words, or null while only
 * modifiers are down. The key is read from its place on the keyboard, so
 * Shift+2 is "Shift+2" on every layout. Main checks what it is given.
 */
export function acceleratorOf(event: KeyboardEvent, isMac: boolean): string | null {
  const key = keyOf(event.code);
  if (!key) return null;
  const modifiers = [
    (isMac ? event.metaKey : event.ctrlKey) && 'CommandOrControl',
    isMac && event.ctrlKey && 'Control',
    event.altKey && 'Alt',
    event.shiftKey && 'Shift',
    !isMac && event.metaKey && 'Super',
  ].filter((m): m is string => typeof m === 'string');
  return [...modifiers, key].join('+');
}

const MAC_NAMES: Record<string, string> = {
  CommandOrControl: '⌘',
  Command: '⌘',
  Super: '⌘',
  Control: '⌃',
  Alt: '⌥',
  AltGr: '⌥',
  Shift: '⇧',
  Plus: '+',
};
const OTHER_NAMES: Record<string, string> = {
  CommandOrControl: 'Ctrl',
  Command: 'Super',
  Control: 'Ctrl',
  Plus: '+',
};

/** An accelerator the way the person's system writes shortcuts: ⌘⇧V on a Mac, Ctrl+Shift+V elsewhere. */
export function describeAccelerator(accelerator: string, isMac: boolean): string {
  const names = isMac ? MAC_NAMES : OTHER_NAMES;
  return accelerator
    .split('+')
    .map((part) => names[part] ?? part)
    .join(isMac ? '' : '+');
}
