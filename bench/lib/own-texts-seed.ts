import { guidePassages } from '../../main/services/guide/search/guide-passages';
import type { Workbook } from '../../main/services/workbook';

/** What the own-texts seed wrote, for the report's note. */
export interface OwnTextsSeed {
  notes: number;
  reasons: number;
  reflections: number;
  popOp: number;
}

const questions = ['al', 'nog-niet', 'beter', 'nodig', 'concreet'] as const;
const themes = ['doen', 'doel', 'gemeenteraad', 'geld', 'organisatieverandering'] as const;

/**
 * About 500 texts of one's own, each different, in the guide's Dutch: a note on every block
 * of the guide, all 10 reason cards, 12 self-analyses with every reflection filled in and a
 * POP-OP. Their words are windows on the guide's passages, so the vocabulary is real.
 */
export function seedOwnTexts(workbook: Workbook): OwnTextsSeed {
  const h = workbook.handlers;
  const passages = guidePassages(h['guide.content']());
  const textAt = (index: number, length: number) => {
    const passage = passages[index % passages.length];
    const text = passage?.text ?? '';
    const start = (index * 37) % Math.max(1, text.length - length);
    return `Mijn gedachte ${index}: ${text.slice(start, start + length)}`;
  };
  const seeded: OwnTextsSeed = { notes: 0, reasons: 0, reflections: 0, popOp: 0 };
  workbook.database.transaction(() => {
    passages.forEach((passage, index) => {
      h['guide.notes.save']({ key: passage.key, body: textAt(index + 7, 240) });
      seeded.notes += 1;
    });
    for (let reason = 1; reason <= 10; reason += 1) {
      h['guide.reasons.save']({ reasonNumber: reason, recognition: 'herken-ik', turnaround: textAt(reason * 11, 200) });
      seeded.reasons += 1;
    }
    for (let run = 0; run < 12; run += 1) {
      const { id: runId } = h['selfAnalysis.start']({ scope: 'all' });
      themes.forEach((themeId, t) => {
        questions.forEach((questionId, q) => {
          h['selfAnalysis.reflect']({ runId, themeId, questionId, text: textAt(run * 25 + t * 5 + q, 300) });
          seeded.reflections += 1;
        });
      });
    }
    const { id: planId } = h['popOp.create']({});
    h['popOp.update']({ planId, changes: { nu: textAt(1, 400), richting: textAt(2, 400), nodig: textAt(3, 400) } });
    for (let action = 0; action < 4; action += 1)
      h['popOp.actions.add']({ planId, fields: { what: textAt(action + 4, 120) } });
    seeded.popOp = 7;
  })();
  return seeded;
}
