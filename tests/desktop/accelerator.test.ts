import { expect, it } from 'vitest';
import { checkAccelerator } from '../../electron/desktop/accelerator.ts';

it('accepts the default and spells modifiers and keys the way Electron does', () => {
  expect(checkAccelerator('CommandOrControl+Shift+V')).toEqual({
    ok: true,
    accelerator: 'CommandOrControl+Shift+V',
  });
  expect(checkAccelerator(' ctrl+alt+k ')).toEqual({ ok: true, accelerator: 'Control+Alt+K' });
  expect(checkAccelerator('CmdOrCtrl+Option+space')).toEqual({
    ok: true,
    accelerator: 'CommandOrControl+Alt+Space',
  });
  expect(checkAccelerator('Super+num5')).toEqual({ ok: true, accelerator: 'Super+num5' });
  expect(checkAccelerator('Ctrl+,')).toEqual({ ok: true, accelerator: 'Control+,' });
  expect(checkAccelerator('Ctrl++')).toEqual({ ok: true, accelerator: 'Control+Plus' });
  expect(checkAccelerator('f9')).toEqual({ ok: true, accelerator: 'F9' });
});

it('reads an empty shortcut as none', () => {
  expect(checkAccelerator('  ')).toEqual({ ok: true, accelerator: '' });
});

it.each([
  ['Shift+A', /needs Ctrl, Alt, Cmd or Super/],
  ['V', /needs Ctrl, Alt, Cmd or Super/],
  ['Ctrl+Shift', /needs a key after its modifiers/],
  ['Ctrl+Foo', /“Foo” is not a key/],
  ['Hyper+A', /“Hyper” is not a modifier/],
  ['Ctrl+Control+A', /Control appears twice/],
  ['Ctrl+F25', /“F25” is not a key/],
])('refuses %s with a reason a person can act on', (input, reason) => {
  const check = checkAccelerator(input);
  expect(check.ok).toBe(false);
  expect(!check.ok && check.message).toMatch(reason);
});
