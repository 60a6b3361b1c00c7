import { describe, expect, it } from 'vitest';
import { clampWindowBounds, defaultWindowSize, minimumWindowSize } from '../../../../main/app/policy/window-bounds';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitorRight = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('clampWindowBounds', () => {
  it('centres a default window on the primary screen without a memory', () => {
    expect(clampWindowBounds(undefined, [monitorRight])).toEqual({ x: 1366 + 360, y: 110, ...defaultWindowSize });
  });

  it('keeps a window that fits where it was', () => {
    expect(clampWindowBounds({ x: 100, y: 50, width: 1000, height: 600 }, [laptop])).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 600,
    });
  });

  it('brings a window back from a monitor that is gone', () => {
    const bounds = clampWindowBounds({ x: 2000, y: 100, width: 1200, height: 800 }, [laptop]);
    expect(bounds.x).toBeGreaterThanOrEqual(0);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(laptop.width);
    expect(bounds.height).toBeLessThanOrEqual(laptop.height);
  });

  it('shrinks a window larger than the screen and pulls it fully inside', () => {
    const bounds = clampWindowBounds({ x: -300, y: -50, width: 5000, height: 3000 }, [laptop]);
    expect(bounds).toEqual({ x: 0, y: 0, width: laptop.width, height: laptop.height });
  });

  it.each([
    { x: Number.NaN, y: 0, width: 800, height: 600 },
    { x: 0, y: Number.POSITIVE_INFINITY, width: 800, height: 600 },
    { x: 0, y: 0, width: -5, height: 600 },
  ])('survives hostile stored bounds %j', (saved) => {
    const bounds = clampWindowBounds(saved, [laptop]);
    for (const value of Object.values(bounds)) expect(Number.isFinite(value)).toBe(true);
    expect(bounds.width).toBeGreaterThanOrEqual(Math.min(minimumWindowSize.width, laptop.width));
  });

  it('works with no displays reported at all', () => {
    expect(clampWindowBounds({ x: 10, y: 10, width: 900, height: 700 }, [])).toMatchObject({ width: 900, height: 700 });
  });
});
