import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type Placement,
  type ReferenceElement,
} from '@floating-ui/dom';

/** How close to the window's edges a floating panel may come. */
const EDGE_PX = 8;
/** A panel squeezed by the window keeps at least this height, and scrolls. */
const MIN_HEIGHT_PX = 120;

export type { Placement, ReferenceElement };

/**
 * Keeps a floating panel beside what it belongs to and inside the window:
 * on the preferred side, flipped to the other when there is no room, shifted
 * along an edge, its height capped to what is left. It follows the reference
 * as the page scrolls, resizes or reflows. Returns the function that stops
 * following. The panel is positioned through the CSSOM (the CSP refuses
 * inline style attributes) and says which side it ended on in `data-side`.
 */
export function followReference(
  panel: HTMLElement,
  reference: ReferenceElement,
  placement: Placement,
  gap = 6,
): () => void {
  const place = async () => {
    const {
      x,
      y,
      placement: final,
    } = await computePosition(reference, panel, {
      strategy: 'fixed',
      placement,
      middleware: [
        offset(gap),
        flip({ padding: EDGE_PX }),
        shift({ padding: EDGE_PX }),
        size({
          padding: EDGE_PX,
          apply: ({ availableHeight }) =>
            panel.style.setProperty('max-height', `${Math.max(MIN_HEIGHT_PX, availableHeight)}px`),
        }),
      ],
    });
    panel.style.setProperty('left', `${x}px`);
    panel.style.setProperty('top', `${y}px`);
    panel.dataset.side = final.split('-')[0];
  };
  return autoUpdate(reference, panel, () => void place());
}
