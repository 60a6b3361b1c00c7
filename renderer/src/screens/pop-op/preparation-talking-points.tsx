import { type MeetingPreparation, talkingPointLimits } from '../../../../main/contract/preparation-channels';
import { SaveStatus } from '../../components/save-status';
import { TextField } from '../../components/text-field';
import { fieldMessage } from '../../lib/save-summary';
import { usePreparationStore } from '../../stores/preparation-store';

/** Up to three bespreekpunten, each its own field, saved while you type. */
export function TalkingPoints({ preparation }: { preparation: MeetingPreparation }) {
  const saveStates = usePreparationStore((state) => state.saveStates);
  const { editTalkingPoint } = usePreparationStore.getState();
  return (
    <section aria-labelledby="bespreekpunten-kop">
      <h2 id="bespreekpunten-kop">Mijn bespreekpunten</h2>
      <p className="form-hint">
        Wat wil je zeker bespreken? Schrijf maximaal drie punten op, elk in een paar zinnen (tot{' '}
        {talkingPointLimits.characters} tekens). Een leeg punt komt niet in de PDF.
      </p>
      {preparation.talkingPoints.map((text, index) => {
        const position = index + 1;
        return (
          <TextField
            key={position}
            label={`Bespreekpunt ${position}`}
            defaultValue={text}
            multiline
            rows={3}
            maxLength={talkingPointLimits.characters}
            length={text.length}
            error={fieldMessage(saveStates[String(position)])}
            onChange={(value) => editTalkingPoint(position, value)}
            onBlur={() => {}}
          />
        );
      })}
      <SaveStatus states={saveStates} />
    </section>
  );
}
