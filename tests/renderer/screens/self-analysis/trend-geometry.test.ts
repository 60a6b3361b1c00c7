import { describe, expect, it } from 'vitest';
import { trendGeometry } from '../../../../renderer/src/screens/self-analysis/trend-geometry';

const box = { width: 300, height: 150, padding: { top: 10, right: 10, bottom: 20, left: 20 }, min: 1, max: 4 };

describe('trendGeometry', () => {
  it('spreads points by time and puts the fixed 1–4 scale from bottom to top', () => {
    const day = 86_400_000;
    const geometry = trendGeometry(
      [
        { time: 0, value: 1 },
        { time: 30 * day, value: 4 },
        { time: 120 * day, value: 2.5 },
      ],
      box,
    );
    expect(geometry.points).toEqual([
      { x: 20, y: 130 },
      { x: 87.5, y: 10 },
      { x: 290, y: 70 },
    ]);
    expect(geometry.gridLines).toEqual([
      { value: 1, y: 130 },
      { value: 2, y: 90 },
      { value: 3, y: 50 },
      { value: 4, y: 10 },
    ]);
  });

  it('centres a single measurement and draws nothing for none', () => {
    expect(trendGeometry([{ time: 5, value: 3 }], box).points).toEqual([{ x: 155, y: 50 }]);
    expect(trendGeometry([], box).points).toEqual([]);
  });
});
