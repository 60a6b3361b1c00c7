import type { SharePreview } from '../../../../main/contract/team-channels';

const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "maart 2027" for `2027-03`. */
export function monthWords(month: string): string {
  return monthFormat.format(new Date(`${month}-01T12:00:00Z`));
}

/** Exactly what the share file holds, in plain Dutch, and the file itself for who wants to see it. */
export function SharePreviewView({ preview }: { preview: SharePreview }) {
  const empty = preview.statementCount - preview.answeredCount;
  return (
    <section aria-labelledby="inhoud-kop" className="team-panel">
      <h2 id="inhoud-kop">Dit staat in het bestand</h2>
      <ul>
        <li>
          De rondecode <code>{preview.roundCode}</code>.
        </li>
        <li>
          Een willekeurig nummer dat alleen dit werkboek voor deze ronde gebruikt. Het zegt niets over wie je bent. Deel
          je later opnieuw, dan vervangen je nieuwe antwoorden de oude.
        </li>
        <li>De maand van je zelfanalyse: {monthWords(preview.month)}. Geen precieze datum.</li>
        <li>
          Je antwoorden op alle {preview.statementCount} stellingen, als cijfer van 1 (Zeer oneens) tot 4 (Zeer eens).
          {empty > 0 && ` ${empty} stellingen heb je niet ingevuld; die blijven leeg.`}
        </li>
      </ul>
      <p>
        <strong>Niet in het bestand:</strong> je naam, je organisatie, je reflecties, je notities en precieze datums.
      </p>
      {preview.sharedBefore && (
        <p className="team-notice">
          Je hebt voor deze ronde al eerder gedeeld. Dit nieuwe bestand vervangt je eerdere antwoorden in de
          teamspiegel; je telt nog steeds één keer mee.
        </p>
      )}
      <details>
        <summary>Zo ziet het bestand er precies uit</summary>
        <pre className="team-file-content">{preview.content}</pre>
      </details>
    </section>
  );
}
