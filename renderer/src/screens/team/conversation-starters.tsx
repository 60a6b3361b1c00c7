import { formatAverage } from '../../../../main/contract/self-analysis-format';
import type { Mirror } from '../../../../main/contract/team-channels';
import { Markdown } from '../../components/markdown';

type Shown = Extract<Mirror, { kind: 'mirror' }>;

const kinds = [
  {
    reason: 'spread',
    title: 'Hier verschilt het team het meest',
    text: 'Bij deze stellingen liggen de antwoorden het verst uit elkaar. Vraag wat mensen verschillend zien.',
  },
  {
    reason: 'low',
    title: 'Hier scoort het team het laagst',
    text: 'Bij deze stellingen is de mediaan het laagst. Vraag wat jullie nodig hebben om hier verder te komen.',
  },
] as const;

/** Gespreksstarters: widest spread and lowest median, with the guide's tips for their themes. */
export function ConversationStarters({ mirror }: { mirror: Shown }) {
  return (
    <section aria-labelledby="starters-kop">
      <h2 id="starters-kop">Gespreksstarters</h2>
      {mirror.starters.length === 0 && <p>Het team is het overal over eens en scoort overal Zeer eens.</p>}
      {kinds.map((kind) => {
        const starters = mirror.starters.filter((starter) => starter.reason === kind.reason);
        if (starters.length === 0) return null;
        return (
          <div key={kind.reason}>
            <h3>{kind.title}</h3>
            <p>{kind.text}</p>
            <ul className="team-starters">
              {starters.map((starter) => (
                <li key={starter.statementId}>
                  {starter.text}{' '}
                  <span className="team-muted">
                    (mediaan {formatAverage(starter.median)}, middelste helft {formatAverage(starter.iqr)} breed)
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {mirror.tips.map((theme) => (
        <details key={theme.themeId} className="team-tips">
          <summary>Tips uit de gids bij {theme.title}</summary>
          {theme.tips.map((tip) => (
            <div key={tip.id}>
              <h4>{tip.title}</h4>
              <Markdown text={tip.body} />
            </div>
          ))}
        </details>
      ))}
    </section>
  );
}
