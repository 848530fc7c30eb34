/**
 * Whether an event happened where typing and pasting mean editing text (an
 * input, a text area, editable content), so the window's own keys stand aside.
 * Looks through shadow roots: the event's target is retargeted to a host.
 */
export function inEditableField(event: Event): boolean {
  return event
    .composedPath()
    .some(
      (n) =>
        n instanceof HTMLInputElement ||
        n instanceof HTMLTextAreaElement ||
        (n instanceof HTMLElement && n.isContentEditable),
    );
}
