import { describe, expect, it } from 'vitest';
import { callFails, callOk } from '../../../helpers/call';
import { fixtureImage, gifImage, noise, pngImage } from '../../../helpers/images';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();
const upload = (fileName: string, bytes: Buffer) => ({ fileName, base64: bytes.toString('base64') });

describe('Instellingen › Afdrukken through the contract', () => {
  it('starts without marking and logo; both are kept after reopening and the logo can be removed', async () => {
    const dir = tempDir();
    const first = openTestWorkbook(dir);
    expect(await callOk(first, 'printSettings.get')).toEqual({ confidential: false, logo: null });
    await callOk(first, 'printSettings.setConfidential', { confidential: true });
    const png = fixtureImage('logo.png');
    const stored = await callOk(first, 'printSettings.setLogo', upload('logo gemeente.png', png));
    expect(stored.logo).toMatchObject({ fileName: 'logo gemeente.png', mime: 'image/png', width: 360, height: 120 });
    expect(stored.logo?.dataUrl).toBe(`data:image/png;base64,${png.toString('base64')}`);
    first.close();

    const second = openTestWorkbook(dir);
    const reopened = await callOk(second, 'printSettings.get');
    expect(reopened.confidential).toBe(true);
    expect(reopened.logo?.fileName).toBe('logo gemeente.png');
    // A JPEG replaces the PNG; its type comes from its bytes, not its name.
    const jpeg = await callOk(second, 'printSettings.setLogo', upload('logo.png', fixtureImage('logo.jpg')));
    expect(jpeg.logo).toMatchObject({ fileName: 'logo.png', mime: 'image/jpeg', width: 360, height: 120 });
    expect(await callOk(second, 'printSettings.removeLogo')).toEqual({ confidential: true, logo: null });
    second.close();
  });

  it('refuses a GIF, a renamed text file, a file over 1 MB and a cut-off PNG in Dutch, keeping the logo there was', async () => {
    const workbook = openTestWorkbook(tempDir());
    await callOk(workbook, 'printSettings.setLogo', upload('logo.png', fixtureImage('logo.png')));
    const before = await callOk(workbook, 'printSettings.get');
    const random = noise(3);
    const large = pngImage(620, 620, () => [random(), random(), random()]);
    const png = fixtureImage('logo.png');
    const cases: [string, Buffer, RegExp][] = [
      ['logo.gif', gifImage, /^Dit is een GIF-afbeelding\./],
      ['logo.png', Buffer.from('Dit is een tekstbestand met een andere naam.'), /geen PNG- of JPEG-afbeelding/],
      ['logo.png', large, /^Deze afbeelding is te groot: een logo mag hoogstens 1 MB zijn/],
      ['logo.png', png.subarray(0, png.length - 100), /beschadigd of niet helemaal opgeslagen/],
      ['leeg.png', Buffer.alloc(0), /leeg/],
    ];
    for (const [fileName, bytes, message] of cases) {
      const error = await callFails(workbook, 'printSettings.setLogo', upload(fileName, bytes));
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(message);
    }
    const huge = await callFails(workbook, 'printSettings.setLogo', upload('foto.jpg', Buffer.alloc(5 * 1024 * 1024)));
    expect(huge.message).toMatch(/te groot: een logo mag hoogstens 1 MB zijn/);
    expect(await callOk(workbook, 'printSettings.get')).toEqual(before);
    workbook.close();
  });

  it('refuses input that is not base64 or names no file', async () => {
    const workbook = openTestWorkbook(tempDir());
    expect(
      (await callFails(workbook, 'printSettings.setLogo', { fileName: 'x.png', base64: 'niet/base64!' })).message,
    ).toMatch(/kon niet worden gelezen/);
    expect((await callFails(workbook, 'printSettings.setLogo', { fileName: '', base64: 'AAAA' })).message).toMatch(
      /Kies een bestand/,
    );
    expect((await callFails(workbook, 'printSettings.setConfidential', { confidential: 'ja' })).code).toBe(
      'invalid-input',
    );
    workbook.close();
  });
});
