import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadGuideContent } from '../main/services/guide/load-content';
import { guidePassages } from '../main/services/guide/search/guide-passages';
import { computeGuideStems, guideStemsFile } from '../main/services/guide/search/guide-stems';

/** `npm run stems`: rewrites resources/search/guide-stems.json after the guide's text changed. */
const resourcesDir = join(__dirname, '..', 'resources');
const stems = computeGuideStems(guidePassages(loadGuideContent(join(resourcesDir, 'content'))));
const file = guideStemsFile(resourcesDir);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(stems, null, 2)}\n`);
console.log(`${Object.keys(stems).length} stems written to ${file}`);
