import { useEffect, useRef } from 'react';
import { discardAllUnsaved } from '../lib/autosaver';
import { useLeaveQuestion } from '../lib/leave-question';

/**
 * Asks before leaving a screen or closing the window while a field is not saved. "Blijf hier"
 * comes first and has the focus, so Enter or Escape keeps the user's text.
 */
export function LeaveDialog({ closeAnyway }: { closeAnyway(): void }) {
  const question = useLeaveQuestion((state) => state.question);
  const dismiss = useLeaveQuestion((state) => state.dismiss);
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (question && !element.open) {
      element.showModal();
      stay.current?.focus();
    }
    if (!question && element.open) element.close();
  }, [question]);

  function leave() {
    if (!question) return;
    discardAllUnsaved();
    dismiss();
    if (question.kind === 'close') closeAnyway();
    else window.location.hash = question.hash;
  }

  return (
    <dialog ref={dialog} className="leave-dialog" aria-labelledby="weggaan-kop" onClose={dismiss}>
      <h2 id="weggaan-kop">Niet alles is bewaard</h2>
      <p>
        Wat je in een of meer velden typte, is nog niet bewaard. Bij het veld staat waarom. Blijf hier om het aan te
        passen, of {question?.kind === 'close' ? 'sluit het werkboek' : 'ga verder'} zonder die tekst.
      </p>
      <div className="button-row">
        <button ref={stay} type="button" className="button-primary" onClick={dismiss}>
          Blijf hier
        </button>
        <button type="button" className="button-subtle" onClick={leave}>
          {question?.kind === 'close' ? 'Sluit zonder te bewaren' : 'Ga verder zonder te bewaren'}
        </button>
      </div>
    </dialog>
  );
}
