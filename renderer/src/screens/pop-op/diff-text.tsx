import type { DiffSegment } from '../../../../main/contract/pop-op-channels';

/** A compared text: removed words struck through, added words underlined, each named for screen readers. */
export function DiffText({ segments }: { segments: DiffSegment[] }) {
  return (
    <p className="diff-text">
      {segments.map((segment, index) => {
        const key = `${index}-${segment.change}`;
        if (segment.change === 'same' || segment.text.trim() === '') return <span key={key}>{segment.text}</span>;
        if (segment.change === 'removed') {
          return (
            <del key={key}>
              <span className="visually-hidden">[verwijderd: </span>
              {segment.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        }
        return (
          <ins key={key}>
            <span className="visually-hidden">[toegevoegd: </span>
            {segment.text}
            <span className="visually-hidden">]</span>
          </ins>
        );
      })}
    </p>
  );
}
