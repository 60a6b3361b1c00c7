import type { Mirror, Round, RoundComparison } from '../../contract/team-channels';
import { aggregateStatements, aggregateThemes, type MemberAnswers } from './aggregate';
import { conversationStarters } from './conversation-starters';
import type { TeamCatalog } from './team-catalog';

export type ShownMirror = Extract<Mirror, { kind: 'mirror' }>;

/**
 * The mirror of a round from its members' answers. Below the minimum group size only the
 * number still needed leaves this function: no figure of a smaller group is ever computed.
 */
export function buildMirror(round: Round, members: readonly MemberAnswers[], catalog: TeamCatalog): Mirror {
  const minimum = Math.max(3, round.minimumGroupSize);
  if (members.length < minimum) return { kind: 'waiting', round, needed: minimum - members.length };
  const { themes } = catalog;
  const statements = aggregateStatements(themes, members, minimum);
  const starters = conversationStarters(statements);
  const starterThemes = themes.filter((theme) => starters.some((starter) => starter.themeId === theme.themeId));
  return {
    kind: 'mirror',
    round,
    themes: aggregateThemes(themes, members, minimum),
    statements,
    starters,
    tips: starterThemes.map((theme) => ({
      themeId: theme.themeId,
      title: theme.title,
      tips: catalog.tipsOf(theme.themeId),
    })),
  };
}

/** Change of the team median per theme from the older round to the newer one. */
export function compareMirrors(one: ShownMirror, other: ShownMirror): RoundComparison {
  const [before, after] = [one, other].sort(
    (a, b) => a.round.createdAt.localeCompare(b.round.createdAt) || a.round.id - b.round.id,
  ) as [ShownMirror, ShownMirror];
  return {
    before: before.round,
    after: after.round,
    themes: after.themes.map((theme) => {
      const old = before.themes.find((candidate) => candidate.themeId === theme.themeId)?.spread?.median ?? null;
      const now = theme.spread?.median ?? null;
      return {
        themeId: theme.themeId,
        title: theme.title,
        before: old,
        after: now,
        change: old === null || now === null ? null : now - old,
      };
    }),
  };
}
