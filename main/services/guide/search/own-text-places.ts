import type { OwnTextHit } from '../../../contract/guide-channels';
import type { GuideContent } from '../../../contract/guide-content';
import { runTitle } from '../../../contract/self-analysis-format';
import type { UserTextRow } from '../../../db/user-texts-repository';

type Described = Omit<OwnTextHit, 'snippet'>;
type Section = (key: string) => { pageId: string; blockId: string; pageTitle: string; title: string } | undefined;

/** Names of the POP-OP's fields that are not one of the guide's questions. */
const popOpFieldNames: Record<string, string> = {
  what: 'Actie: wat ga je doen?',
  result: 'Actie: resultaat',
  kans: 'Kans',
  bedreiging: 'Bedreiging',
};

/**
 * How a text of the user's is named on the search page and where its link leads, in the
 * words the screens use: the guide block of a note, the reason card, the reflection question
 * of a run, the question of a plan. A row whose place no longer exists is left out.
 */
export function describeOwnText(content: () => GuideContent, section: Section) {
  // A run's title holds a formatted date (Intl is slow): made once per run, not per hit.
  const runTitles = new Map<string, string>();
  const titleOfRun = (name: string, createdAt: string) => {
    const key = `${name}\u0000${createdAt}`;
    let title = runTitles.get(key);
    if (title === undefined) {
      if (runTitles.size > 1000) runTitles.clear();
      title = runTitle({ name, createdAt });
      runTitles.set(key, title);
    }
    return title;
  };
  return (row: UserTextRow): Described | undefined => {
    switch (row.kind) {
      case 'note': {
        const found = section(row.place);
        if (!found) return undefined;
        const link = { to: 'guide' as const, pageId: found.pageId, blockId: found.blockId };
        return { title: found.title, context: `Notitie bij ${found.pageTitle}`, link };
      }
      case 'reason': {
        const reason = content().reasons.reasons.find((r) => String(r.number) === row.place);
        if (!reason) return undefined;
        const link = { to: 'guide' as const, pageId: 'redenen', blockId: `reden-${reason.number}` };
        return { title: `${reason.number}. ${reason.title}`, context: 'Jouw antwoord: draai het om', link };
      }
      case 'reflection':
        return describeReflection(content(), row, titleOfRun);
      case 'pop-op':
        return describePopOpField(content(), row);
    }
  };
}

function describeReflection(
  content: GuideContent,
  row: UserTextRow,
  titleOfRun: (name: string, createdAt: string) => string,
): Described | undefined {
  const [themeId = '', questionId] = row.place.split('/');
  const theme = content.themes.find((t) => t.id === themeId);
  const question = content.selfAnalyses.reflectionQuestions.find((q) => q.id === questionId);
  if (!theme || !question || row.ownerId === null) return undefined;
  return {
    title: `${theme.title}: ${question.text}`,
    context: titleOfRun(row.ownerName, row.ownerDate),
    link: { to: 'reflection', runId: row.ownerId, themeId },
  };
}

function describePopOpField(content: GuideContent, row: UserTextRow): Described | undefined {
  if (row.ownerId === null) return undefined;
  const question = content.popOp.questions.find((q) => q.id === row.place);
  const title = question ? `${question.number}. ${question.title}` : popOpFieldNames[row.place];
  if (!title) return undefined;
  return {
    title,
    context: `POP-OP “${row.ownerName || 'zonder titel'}”`,
    link: { to: 'pop-op', planId: row.ownerId },
  };
}
