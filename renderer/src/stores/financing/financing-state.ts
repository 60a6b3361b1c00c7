import type { FileDelivery } from '../../../../main/contract/file-channels';
import type {
  Advice,
  FinancingModelView,
  Initiative,
  InitiativePatch,
  InitiativeSummary,
  MoneyVerdict,
} from '../../../../main/contract/financing-channels';
import type { FinancingFormId } from '../../../../main/contract/guide-content';
import type { FieldSaveState } from '../../lib/autosaver';

export interface FinancingState {
  model: FinancingModelView | undefined;
  list: InitiativeSummary[] | undefined;
  current: Initiative | undefined;
  advice: Advice | undefined;
  /** Ranks before the user's last change of an answer or weight, to show what moved. */
  previousRanks: Partial<Record<FinancingFormId, number>>;
  verdict: MoneyVerdict | undefined;
  loadError: string | undefined;
  actionError: string | undefined;
  /** Save state per field of the open initiative ('name', 'answers.<id>', …). */
  saveStates: Record<string, FieldSaveState | undefined>;
  /** Which PDF is being made, if any. */
  exporting: PdfAudience | undefined;
  delivery: FileDelivery | undefined;
  loadModel(): Promise<void>;
  loadList(): Promise<void>;
  open(id: number): Promise<void>;
  /** Creates an initiative with this name (the contract refuses an empty one). */
  create(name: string): Promise<number | undefined>;
  duplicate(id: number): Promise<number | undefined>;
  remove(id: number): Promise<boolean>;
  /** Changes the open initiative at once on screen, saves shortly after, and refreshes advice or verdict. */
  change(patch: InitiativePatch): void;
  flush(): Promise<void>;
  exportPdf(audience: PdfAudience): Promise<void>;
}

/** The two PDFs: the short advice for the initiator, or the full internal note. */
export type PdfAudience = 'initiatiefnemer' | 'intern';

export type SetState = (
  partial: Partial<FinancingState> | ((state: FinancingState) => Partial<FinancingState>),
) => void;
export type GetState = () => FinancingState;
