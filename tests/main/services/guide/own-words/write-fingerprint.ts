import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadGuideContent } from '../../../../../main/services/guide/load-content';
import { hashRun, runHashes, runsFile, sourceRunLengths, statementsFile, wordsOf } from './fingerprint';

/**
 * Writes `source-runs.txt` and `source-statements.json` from the guide's source text (kept outside the repository,
 * in `shared/seed/`). Run once; the guide of 2017 does not change:
 *
 *   node scripts/run-ts.mjs tests/main/services/guide/own-words/write-fingerprint.ts [SOURCE.txt]
 *
 * It also checks that each of the 27 statements stands word for word in the source, and
 * freezes their hashes: the statements are a measuring instrument and stay literal.
 */
const sourceName = 'eerste-hulp-bij-overheidsparticipatie.txt';

function findSource(): string {
  const given = process.argv[2];
  if (given) return resolve(given);
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'seed', sourceName);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${sourceName} niet gevonden; geef het pad als argument.`);
}

const sourceWords = wordsOf(readFileSync(findSource(), 'utf8'));
const sourceJoined = sourceWords.join('');
const runs = [...new Set(sourceRunLengths.flatMap((length) => runHashes(sourceWords, length)))].sort();

const content = loadGuideContent(join(__dirname, '../../../../../resources/content'));
const statements: Record<string, string> = {};
for (const statement of content.selfAnalyses.analyses.flatMap((analysis) => analysis.statements)) {
  const words = wordsOf(statement.text);
  if (!sourceJoined.includes(words.join(''))) throw new Error(`${statement.id} staat niet letterlijk in de gids.`);
  statements[statement.id] = hashRun(words);
}

writeFileSync(join(__dirname, runsFile), `${runs.join('\n')}\n`);
writeFileSync(join(__dirname, statementsFile), `${JSON.stringify(statements, null, 2)}\n`);
console.log(`${runs.length} runs and ${Object.keys(statements).length} statements written.`);
