import { expect, it } from 'vitest';
import { acceleratorOf, describeAccelerator } from '../../renderer/format/accelerator.ts';

const press = (
  code: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) =>
  ({
    code,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  }) as KeyboardEvent;

it('spells a key press as Electron’s accelerator, Ctrl and ⌘ both as CommandOrControl', () => {
  expect(acceleratorOf(press('KeyV', { ctrlKey: true, shiftKey: true }), false)).toBe(
    'CommandOrControl+Shift+V',
  );
  expect(acceleratorOf(press('KeyV', { metaKey: true, shiftKey: true }), true)).toBe(
    'CommandOrControl+Shift+V',
  );
  expect(acceleratorOf(press('KeyV', { ctrlKey: true }), true)).toBe('Control+V');
  expect(acceleratorOf(press('Digit2', { altKey: true, metaKey: true }), false)).toBe(
    'Alt+Super+2',
  );
  expect(acceleratorOf(press('F9'), false)).toBe('F9');
  expect(acceleratorOf(press('Comma', { ctrlKey: true }), false)).toBe('CommandOrControl+,');
  expect(acceleratorOf(press('Numpad5', { ctrlKey: true }), false)).toBe('CommandOrControl+num5');
});

it('waits while only modifiers are down', () => {
  expect(acceleratorOf(press('ShiftLeft', { shiftKey: true }), false)).toBeNull();
  expect(acceleratorOf(press('ControlRight', { ctrlKey: true }), false)).toBeNull();
});

it('writes a shortcut the way each system does', () => {
  expect(describeAccelerator('CommandOrControl+Shift+V', false)).toBe('Ctrl+Shift+V');
  expect(describeAccelerator('CommandOrControl+Shift+V', true)).toBe('⌘⇧V');
  expect(describeAccelerator('Control+Alt+Plus', false)).toBe('Ctrl+Alt++');
  expect(describeAccelerator('Control+Alt+K', true)).toBe('⌃⌥K');
});
