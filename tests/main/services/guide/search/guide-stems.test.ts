import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGuideContent } from '../../../../../main/services/guide/load-content';
import { guidePassages } from '../../../../../main/services/guide/search/guide-passages';
import {
  computeGuideStems,
  guideStemsFile,
  loadGuideStems,
} from '../../../../../main/services/guide/search/guide-stems';
import { createTempDirs } from '../../../../helpers/temp-dir';

const resourcesDir = join(__dirname, '../../../../../resources');
const tempDir = createTempDirs();

describe('the guide stem table', () => {
  it('matches the guide text (after editing the guide: npm run stems)', () => {
    const passages = guidePassages(loadGuideContent(join(resourcesDir, 'content')));
    expect(loadGuideStems(resourcesDir)).toEqual(computeGuideStems(passages));
  });

  it('is empty, not an error, when the file is missing or not a table', () => {
    const dir = tempDir();
    expect(loadGuideStems(dir)).toEqual({});
    mkdirSync(join(dir, 'search'));
    writeFileSync(guideStemsFile(dir), '["geen", "tabel"]');
    expect(loadGuideStems(dir)).toEqual({});
    writeFileSync(guideStemsFile(dir), '{"gemeenten": "gemeent", "fout": 3');
    expect(loadGuideStems(dir)).toEqual({});
  });
});
