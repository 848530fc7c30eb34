/** What can take focus with Tab, in document order. */
const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The element that has focus, looking into shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** The elements of a subtree (slotted ones included) that Tab reaches, in order, skipping hidden ones. */
export function focusablesIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.checkVisibility() && !el.closest('[inert]'),
  );
}

/** Whether focus was lost: nothing (or the page itself) has it. */
export function focusLost(): boolean {
  return deepActiveElement() === null;
}
