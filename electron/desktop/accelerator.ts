/**
 * Electron accelerators ("CommandOrControl+Shift+V") for the global shortcut,
 * checked before main hands one to the system: a misspelt key would otherwise
 * throw inside Electron, and a shortcut without a modifier would take a key
 * away from every other app.
 */

const MODIFIERS: Record<string, string> = {
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  command: 'Command',
  cmd: 'Command',
  control: 'Control',
  ctrl: 'Control',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
};

const NAMED_KEYS = [
  'Plus',
  'Space',
  'Tab',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'Esc',
  'PrintScreen',
  'num0',
  'num1',
  'num2',
  'num3',
  'num4',
  'num5',
  'num6',
  'num7',
  'num8',
  'num9',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
];
const KEYS = new Map(NAMED_KEYS.map((k) => [k.toLowerCase(), k]));
const PUNCTUATION = new Set([...')!@#$%^&*(:;<=>?~`\'"[]{}\\|,-./_']);
const FUNCTION_KEY = /^f([1-9]|1[0-9]|2[0-4])$/i;

export type AcceleratorCheck = { ok: true; accelerator: string } | { ok: false; message: string };

/** The accelerator in Electron's canonical spelling, or what is wrong with it. An empty one means no shortcut. */
export function checkAccelerator(input: string): AcceleratorCheck {
  const text = input.trim();
  if (text === '') return { ok: true, accelerator: '' };
  // "+" is both the separator and a key; a trailing "++" means the key is "+".
  const parts = text.endsWith('++') ? [...text.slice(0, -2).split('+'), 'Plus'] : text.split('+');
  const keyPart = parts.pop()!.trim();
  const modifiers: string[] = [];
  for (const part of parts) {
    const modifier = MODIFIERS[part.trim().toLowerCase()];
    if (!modifier)
      return {
        ok: false,
        message: `“${part.trim() || '+'}” is not a modifier key: use Ctrl, Alt, Shift, Cmd or Super, then one key.`,
      };
    if (modifiers.includes(modifier))
      return { ok: false, message: `${modifier} appears twice in the shortcut.` };
    modifiers.push(modifier);
  }
  const key = keyName(keyPart);
  if (!key) {
    return MODIFIERS[keyPart.toLowerCase()]
      ? {
          ok: false,
          message: 'The shortcut needs a key after its modifiers, such as Ctrl+Shift+V.',
        }
      : { ok: false, message: `“${keyPart}” is not a key Presscut can use in a shortcut.` };
  }
  if (!FUNCTION_KEY.test(key) && !modifiers.some((m) => m !== 'Shift')) {
    return {
      ok: false,
      message:
        'A shortcut that works in every app needs Ctrl, Alt, Cmd or Super, so that it does not take a key away from typing.',
    };
  }
  return { ok: true, accelerator: [...modifiers, key].join('+') };
}

function keyName(part: string): string | null {
  if (/^[a-z0-9]$/i.test(part)) return part.toUpperCase();
  if (FUNCTION_KEY.test(part)) return part.toUpperCase();
  if (part.length === 1 && PUNCTUATION.has(part)) return part;
  return KEYS.get(part.toLowerCase()) ?? null;
}
