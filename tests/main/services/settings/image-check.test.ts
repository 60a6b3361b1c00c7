import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../main/contract/envelope';
import { checkLogoImage } from '../../../../main/services/settings/image-check';
import { fixtureImage, gifImage, noise, pngImage } from '../../../helpers/images';

function refusal(bytes: Buffer): string {
  try {
    checkLogoImage(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    return (error as Error).message;
  }
  throw new Error('the image was accepted');
}

describe('checking a logo by its bytes', () => {
  it('accepts a PNG and a JPEG and reads their size in pixels', () => {
    expect(checkLogoImage(fixtureImage('logo.png'))).toEqual({ mime: 'image/png', width: 360, height: 120 });
    expect(checkLogoImage(fixtureImage('logo.jpg'))).toEqual({ mime: 'image/jpeg', width: 360, height: 120 });
    expect(checkLogoImage(pngImage(16, 3000))).toEqual({ mime: 'image/png', width: 16, height: 3000 });
  });

  it('names a GIF, and judges a renamed text file by its content', () => {
    expect(refusal(gifImage)).toMatch(/^Dit is een GIF-afbeelding\. .*alleen PNG en JPEG/);
    expect(refusal(Buffer.from('Dit is geen plaatje maar een tekst.\n'))).toMatch(
      /^Dit bestand is geen PNG- of JPEG-afbeelding\. Het werkboek kijkt naar wat er in het bestand staat/,
    );
    expect(refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatch(/SVG-afbeelding/);
  });

  it('refuses a file over 1 MB, an empty file and images too small or too large in pixels', () => {
    const random = noise(7);
    const large = pngImage(620, 620, () => [random(), random(), random()]);
    expect(large.length).toBeGreaterThan(1024 * 1024);
    expect(refusal(large)).toMatch(/te groot: een logo mag hoogstens 1 MB zijn/);
    expect(refusal(Buffer.alloc(0))).toMatch(/leeg/);
    expect(refusal(pngImage(8, 8))).toBe(
      'Deze afbeelding is te klein (8 × 8 pixels; minstens 16 × 16). Kies een groter logo.',
    );
    expect(refusal(pngImage(3001, 16))).toMatch(/te groot \(3001 × 16 pixels; hoogstens 3000/);
  });

  it('refuses a PNG or JPEG cut off or changed', () => {
    const png = fixtureImage('logo.png');
    expect(refusal(png.subarray(0, png.length - 20))).toMatch(/beschadigd of niet helemaal opgeslagen/);
    expect(refusal(png.subarray(0, 40))).toMatch(/beschadigd/);
    const changed = Buffer.from(png);
    changed[60] = (changed[60] ?? 0) ^ 0xff;
    expect(refusal(changed)).toMatch(/beschadigd/);
    const jpeg = fixtureImage('logo.jpg');
    expect(refusal(jpeg.subarray(0, jpeg.length - 200))).toMatch(/beschadigd/);
    expect(refusal(jpeg.subarray(0, 30))).toMatch(/beschadigd/);
  });
});
