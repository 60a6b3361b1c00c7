import { describe, expect, it } from 'vitest';
import { radarGeometry, svgPoints } from '../../../main/contract/radar-geometry';

const options = { size: 200, padding: 40, max: 4, ringValues: [1, 2, 3, 4], labelOffset: 10 };

describe('radarGeometry', () => {
  it('puts axis 0 straight up and spreads five axes clockwise', () => {
    const geometry = radarGeometry({ ...options, values: [4, 4, 4, 4, 4] });
    expect(geometry.center).toEqual({ x: 100, y: 100 });
    expect(geometry.radius).toBe(60);
    expect(geometry.axes[0]?.end).toEqual({ x: 100, y: 40 });
    expect(geometry.axes[0]?.anchor).toBe('middle');
    expect(geometry.axes[1]?.anchor).toBe('start');
    expect(geometry.axes[4]?.anchor).toBe('end');
    // Axis 1 lies at -90° + 72° = -18°: to the right and slightly up.
    expect(geometry.axes[1]?.end.x).toBeCloseTo(100 + 60 * Math.cos((-18 * Math.PI) / 180), 1);
    expect(geometry.axes[1]?.end.y).toBeCloseTo(100 + 60 * Math.sin((-18 * Math.PI) / 180), 1);
  });

  it('places a value at value / max of the radius, so 2 is half way', () => {
    const geometry = radarGeometry({ ...options, values: [2, 4, 1, 3, 4] });
    expect(geometry.points[0]).toEqual({ x: 100, y: 70 });
    expect(geometry.rings.map((ring) => ring.points[0]?.y)).toEqual([85, 70, 55, 40]);
    expect(geometry.polygon).toHaveLength(5);
  });

  it('draws no polygon when a value is missing, so a missing theme never looks like 0', () => {
    const geometry = radarGeometry({ ...options, values: [3, null, 2, 4, 1] });
    expect(geometry.points[1]).toBeNull();
    expect(geometry.points[0]).not.toBeNull();
    expect(geometry.polygon).toBeNull();
  });

  it('clamps values outside 0..max to the chart', () => {
    const geometry = radarGeometry({ ...options, values: [9, -1, 4] });
    expect(geometry.points[0]).toEqual(geometry.axes[0]?.end);
    expect(geometry.points[1]).toEqual(geometry.center);
  });
});

describe("radarGeometry from 1 (the guide's 1–4 scale)", () => {
  const fromOne = { ...options, min: 1 };

  it('puts 1 at the centre and 4 on the outer ring, 2.5 half way', () => {
    const geometry = radarGeometry({ ...fromOne, values: [1, 4, 2.5, 3, 2] });
    expect(geometry.points[0]).toEqual(geometry.center);
    expect(geometry.points[1]).toEqual(geometry.axes[1]?.end);
    expect(geometry.points[2]?.x).toBeCloseTo(100 + 30 * Math.cos((54 * Math.PI) / 180), 1);
    // Ring 1 is the centre itself; rings 2, 3 and 4 lie a third of the radius apart.
    expect(geometry.rings.map((ring) => ring.points[0]?.y)).toEqual([100, 80, 60, 40]);
  });

  it('clamps a value below 1 to the centre', () => {
    const geometry = radarGeometry({ ...fromOne, values: [0, 4, 4] });
    expect(geometry.points[0]).toEqual(geometry.center);
  });
});

describe('svgPoints', () => {
  it('writes the points attribute of an SVG polygon', () => {
    expect(
      svgPoints([
        { x: 1, y: 2 },
        { x: 3.5, y: 4 },
      ]),
    ).toBe('1,2 3.5,4');
  });
});
