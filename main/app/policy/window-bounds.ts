/** A rectangle in screen coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const defaultWindowSize = { width: 1200, height: 820 };
export const minimumWindowSize = { width: 720, height: 520 };

function isFiniteRect(rect: Rect): boolean {
  return [rect.x, rect.y, rect.width, rect.height].every((value) => Number.isFinite(value));
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Puts a remembered window back on a screen that exists now: on the display it overlaps
 * most, no larger than that display's work area and fully inside it. Without a usable
 * memory (or when the display is gone) the window is centred on the primary display.
 */
export function clampWindowBounds(saved: Rect | undefined, workAreas: readonly Rect[]): Rect {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: defaultWindowSize.width, height: defaultWindowSize.height };
  const centred = (area: Rect, width: number, height: number): Rect => ({
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  });
  if (!saved || !isFiniteRect(saved)) {
    return centred(
      primary,
      Math.min(defaultWindowSize.width, primary.width),
      Math.min(defaultWindowSize.height, primary.height),
    );
  }
  const best = workAreas
    .map((area) => ({ area, overlap: overlapArea(saved, area) }))
    .sort((a, b) => b.overlap - a.overlap)[0];
  const area = best && best.overlap > 0 ? best.area : primary;
  const width = Math.round(Math.min(Math.max(saved.width, minimumWindowSize.width), area.width));
  const height = Math.round(Math.min(Math.max(saved.height, minimumWindowSize.height), area.height));
  if (!best || best.overlap === 0) return centred(area, width, height);
  const x = Math.round(Math.min(Math.max(saved.x, area.x), area.x + area.width - width));
  const y = Math.round(Math.min(Math.max(saved.y, area.y), area.y + area.height - height));
  return { x, y, width, height };
}
