import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';
import { callOk, createRound, incoming, shareText, statementIds } from './team-test-helpers';

const tempDir = createTempDirs();

describe('the team PDF', () => {
  it('is a tagged A4 PDF with the themes, conversation starters with the guide’s tips, and the distributions', async () => {
    const workbook = openTestWorkbook(tempDir());
    try {
      const roundId = await createRound(workbook, 3);
      // doen-1 splits the team (1, 2, 4); geld-1 is low for everyone (1, 1, 2).
      const member = (doen: number, geld: number) =>
        statementIds.map((id) => (id === 'doen-1' ? doen : id === 'geld-1' ? geld : 3));
      const files = [member(1, 1), member(2, 1), member(4, 2)].map((answers, index) =>
        incoming(`lid ${index}`, shareText(answers)),
      );
      await callOk(workbook, 'team.rounds.addFiles', { roundId, files });
      const delivery = await callOk<{ path: string }>(workbook, 'team.rounds.exportPdf', { roundId });
      expect(delivery.path).toMatch(/Teamspiegel - Ronde TEAM-2027\.pdf$/);
      const info = execFileSync('pdfinfo', [delivery.path], { encoding: 'utf8' });
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+/);
      const text = execFileSync('pdftotext', [delivery.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Teamspiegel: Ronde TEAM-2027');
      expect(text).toContain('Hier verschilt het team het meest');
      expect(text).toContain('Hier scoort het team het laagst');
      expect(text).toMatch(/Tips uit de gids bij (Doen|Geld)/);
      expect(text).toContain('Per stelling: hoeveel deelnemers kozen wat');
    } finally {
      workbook.close();
    }
  });
});
