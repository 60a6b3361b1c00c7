import type { Reasons } from '../../../../main/contract/guide-content';
import { SaveStatus } from '../../components/save-status';
import { ScreenHeading } from '../../components/screen-heading';
import { TextField } from '../../components/text-field';
import { fieldMessage } from '../../lib/save-summary';
import { useGuideStore } from '../../stores/guide-store';
import { GuideBlock } from './guide-block';
import { GuideMarkdown } from './guide-markdown';

/** The 10 reasons not to start, as reflection cards you can turn around. */
export function ReasonsPage({ reasons }: { reasons: Reasons }) {
  return (
    <article className="guide-page">
      <ScreenHeading>{reasons.title}</ScreenHeading>
      <GuideMarkdown text={reasons.intro} />
      <p className="muted">{reasons.credit}</p>
      {reasons.reasons.map((reason) => (
        <GuideBlock
          key={reason.number}
          pageId="redenen"
          blockId={`reden-${reason.number}`}
          title={`${reason.number}. ${reason.title}`}
          headingLevel={2}
        >
          <GuideMarkdown text={reason.body} />
          <ReasonCard reasonNumber={reason.number} />
        </GuideBlock>
      ))}
    </article>
  );
}

function ReasonCard({ reasonNumber }: { reasonNumber: number }) {
  const reflection = useGuideStore((state) => state.reasons[reasonNumber]);
  const save = useGuideStore((state) => state.saveStates[`reason:${reasonNumber}`]);
  const editReason = useGuideStore((state) => state.editReason);
  const name = `herkenning-${reasonNumber}`;
  return (
    <div className="reason-card">
      <fieldset>
        <legend>Herken je dit bij jezelf?</legend>
        {(['herken-ik', 'herken-ik-niet'] as const).map((value) => (
          <label key={value} className="radio-option">
            <input
              type="radio"
              name={name}
              value={value}
              checked={reflection?.recognition === value}
              onChange={() => editReason(reasonNumber, { recognition: value })}
            />
            {value === 'herken-ik' ? 'Herken ik' : 'Herken ik niet'}
          </label>
        ))}
      </fieldset>
      <div className="form-field">
        <TextField
          label="Draai het om: wat zou dit voor jou een reden maken om juist wél te beginnen?"
          multiline
          rows={3}
          defaultValue={reflection?.turnaround ?? ''}
          onChange={(value) => editReason(reasonNumber, { turnaround: value })}
          onBlur={() => void useGuideStore.getState().flushAll()}
          error={fieldMessage(save)}
        />
        <SaveStatus states={{ field: save }} />
      </div>
    </div>
  );
}
