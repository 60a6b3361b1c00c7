import { describe, expect, it } from 'vitest';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();

describe('settings', () => {
  it('start empty, merge partial changes, and survive reopening the file', () => {
    const dir = tempDir();
    const first = openTestWorkbook(dir);
    first.handlers['settings.set']({ profile: { name: 'Ayşe Şahin', organisation: 'Gemeente IJsselstein' } });
    first.handlers['settings.set']({ profile: { manager: 'Jan de Vries' } });
    first.close();
    const second = openTestWorkbook(dir);
    expect(second.handlers['settings.get']()).toEqual({
      profile: {
        name: 'Ayşe Şahin',
        jobTitle: '',
        organisation: 'Gemeente IJsselstein',
        department: '',
        manager: 'Jan de Vries',
      },
    });
    second.close();
  });

  it('remember the window state and ignore a damaged stored value', () => {
    const workbook = openTestWorkbook(tempDir());
    expect(workbook.windowState.read()).toBeUndefined();
    workbook.windowState.write({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    expect(workbook.windowState.read()).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    workbook.close();
  });

  it('report health: schema version and data file', () => {
    const dir = tempDir();
    const workbook = openTestWorkbook(dir);
    const health = workbook.handlers.health();
    expect(health.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(health.dataFile.startsWith(dir)).toBe(true);
    workbook.close();
  });
});
