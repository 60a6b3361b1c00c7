import type { FileDelivery } from '../../../../main/contract/file-channels';
import type {
  ActionFields,
  Comparison,
  FactorKind,
  Plan,
  PlanFieldKey,
  PlanSnapshot,
  PlanStatus,
  PlanSummary,
  PopOpTemplateView,
  VersionSummary,
} from '../../../../main/contract/pop-op-channels';
import type { FieldSaveState } from '../../lib/autosaver';

/** A stored version on screen: read-only, or compared with the plan as it is now. */
export type VersionView =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'view'; version: VersionSummary; snapshot: PlanSnapshot; title: string }
  | { kind: 'compare'; comparison: Comparison; title: string };

export interface PopOpState {
  template: PopOpTemplateView | undefined;
  plans: PlanSummary[] | undefined;
  plan: Plan | undefined;
  loadError: string | undefined;
  /** A failed one-off step (add, remove, status, export), shown near the top of the editor. */
  error: string | undefined;
  busy: boolean;
  /** Autosave state per field: 'plan.<key>', 'action:<id>.<key>', 'factor:<id>'. */
  saveStates: Record<string, FieldSaveState | undefined>;
  /** Why a field is not saved (refused by the contract, or failing for now), keyed like `saveStates`. */
  fieldErrors: Record<string, string>;
  /** The action that was just added, so its first field can take focus. */
  focusActionId: number | undefined;
  /** The kans or bedreiging that was just added, likewise. */
  focusFactorId: number | undefined;
  exported: FileDelivery | undefined;
  /** Questions whose helper prompts the user has hidden in this session. */
  hiddenPrompts: Record<string, boolean>;
  togglePrompts(questionId: string): void;
  versionView: VersionView;
  loadVersion(planId: number, versionId: number, compare: boolean): Promise<void>;
  loadTemplate(): Promise<void>;
  loadList(): Promise<void>;
  openPlan(planId: number): Promise<void>;
  createPlan(fromPlanId?: number): Promise<number | undefined>;
  removePlan(planId: number): Promise<void>;
  changePlanField(key: PlanFieldKey, value: string): void;
  addAction(fields?: Partial<ActionFields>): Promise<void>;
  changeActionField<K extends keyof ActionFields>(actionId: number, key: K, value: ActionFields[K]): void;
  linkStatement(actionId: number, statementId: string | null): Promise<void>;
  removeAction(actionId: number): Promise<void>;
  moveAction(actionId: number, direction: 'up' | 'down'): Promise<void>;
  addFactor(kind: FactorKind): Promise<void>;
  changeFactor(factorId: number, text: string): void;
  removeFactor(factorId: number): Promise<void>;
  setStatus(status: PlanStatus): Promise<void>;
  /**
   * The plan as a PDF (to print) or a Word file (.docx, for the HR system), after unsaved typing
   * is saved; `includeProfile` adds the latest self-analysis profile as an appendix (main looks it up).
   */
  exportFile(format: 'pdf' | 'docx', includeProfile: boolean): Promise<void>;
  /** Writes every pending change now (on blur, when leaving the screen or closing the window). */
  flushAll(): Promise<void>;
}

export type SetState = (partial: Partial<PopOpState> | ((state: PopOpState) => Partial<PopOpState>)) => void;
export type GetState = () => PopOpState;
