import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { shareFileText } from '../../main/services/team/share-file';
import type { Workbook } from '../../main/services/workbook';
import { openBareDatabase } from '../lib/bare-database';
import { call, openBenchWorkbook, tempDir } from '../lib/bench-workbook';
import { interleaved, median, runs, timeMs } from '../lib/measure';
import { type Row, ratioRow } from '../lib/report';

const members = 200;
/** As for the lists (scale suite): a screen's data within 50 ms keeps the screen immediate. */
const maxScreenMs = 50;
/** Reading 200 files is one click: a few times the bare insert of their rows (parsing and checks included). */
const maxAddRatio = 5;

/** The 27 statement ids, in the guide's order, as the questionnaire gives them. */
async function statementIds(workbook: Workbook): Promise<string[]> {
  const questionnaire = await call<{ themes: { statements: { id: string }[] }[] }>(
    workbook,
    'selfAnalysis.questionnaire',
  );
  return questionnaire.themes.flatMap((theme) => theme.statements.map((statement) => statement.id));
}

/** 200 members' share files for one round: every answer given, spread 1–4 by member and statement. */
function shareFiles(roundCode: string, statements: readonly string[]) {
  return Array.from({ length: members }, (_, member) => {
    const text = shareFileText({
      format: 'werkboek-teamspiegel',
      version: 1,
      roundCode,
      respondentId: randomUUID(),
      month: '2027-03',
      answers: Object.fromEntries(statements.map((id, index) => [id, ((member * 7 + index * 3) % 4) + 1])),
    });
    return { name: `teamspiegel-${member}.json`, size: Buffer.byteLength(text), text };
  });
}

/** The bare counterpart of adding the files: parse each and insert its 27 answers, one transaction. */
function bareAdd(db: Database) {
  db.exec(
    'CREATE TABLE IF NOT EXISTS bare_team (round TEXT, respondent TEXT, statement TEXT, value INTEGER, PRIMARY KEY (round, respondent, statement)) STRICT',
  );
  const insert = db.prepare('INSERT INTO bare_team VALUES (?, ?, ?, ?)');
  return (files: readonly { text: string }[]) =>
    db.transaction(() => {
      for (const file of files) {
        const share = JSON.parse(file.text) as {
          roundCode: string;
          respondentId: string;
          answers: Record<string, number>;
        };
        for (const [statement, value] of Object.entries(share.answers))
          insert.run(share.roundCode, share.respondentId, statement, value);
      }
    })();
}

/** #19: the Teamspiegel of a round with 200 share files: reading them in, and the mirror screen's data. */
export async function teamSuite(): Promise<Row[]> {
  const dir = tempDir();
  const workbook = openBenchWorkbook(dir);
  const bare = openBareDatabase(dir);
  const statements = await statementIds(workbook);
  let rounds = 0;
  const newRound = async () => {
    rounds += 1;
    const code = `BENCH-${rounds}`;
    const round = await call<{ id: number }>(workbook, 'team.rounds.create', {
      name: `Ronde ${rounds}`,
      code,
      minimumGroupSize: 5,
    });
    return { roundId: round.id, files: shareFiles(code, statements) };
  };
  const addBare = bareAdd(bare.db);
  const added = await interleaved(
    runs,
    async () => {
      const { roundId, files } = await newRound();
      return timeMs(() => call(workbook, 'team.rounds.addFiles', { roundId, files }));
    },
    async () => {
      const files = shareFiles(`BARE-${rounds}`, statements);
      return timeMs(() => addBare(files));
    },
  );
  const { roundId } = await newRound().then(async (round) => {
    await call(workbook, 'team.rounds.addFiles', round);
    return round;
  });
  const answersOf = workbook.database.prepare('SELECT * FROM team_response_answers WHERE round_id = ?');
  const mirror = await interleaved(
    runs * 2 + 1,
    () => timeMs(async () => JSON.stringify(await call(workbook, 'team.rounds.mirror', { roundId }))),
    () => timeMs(() => JSON.stringify(answersOf.all(roundId))),
  );
  workbook.close();
  bare.db.close();

  const group = `team ${members}`;
  const mirrorRow = ratioRow({
    group,
    name: 'team mirror (team.rounds.mirror)',
    unit: 'ms',
    value: median(mirror.a),
    baseline: median(mirror.b),
    baselineName: "SELECT * the round's answers",
  });
  return [
    ratioRow({
      group,
      name: `add ${members} share files (team.rounds.addFiles)`,
      unit: 'ms',
      value: median(added.a),
      baseline: median(added.b),
      baselineName: 'JSON.parse + bare insert, one transaction',
      maxRatio: maxAddRatio,
    }),
    { ...mirrorRow, target: `≤ ${maxScreenMs} ms`, met: mirrorRow.value <= maxScreenMs },
  ];
}
