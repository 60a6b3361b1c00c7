import type { Bookmark, Note, ReasonReflection } from '../../../../main/contract/guide-channels';
import type { GuideContent } from '../../../../main/contract/guide-content';
import type { FieldSaveState } from '../../lib/autosaver';

export interface GuideState {
  content: GuideContent | undefined;
  notes: Record<string, Note>;
  bookmarks: Bookmark[];
  reasons: Record<number, ReasonReflection>;
  loadError: string | undefined;
  /** Save state per note key or reason number, for the "Opgeslagen" line under each field. */
  saveStates: Record<string, FieldSaveState | undefined>;
  load(): Promise<void>;
  refreshAnnotations(): Promise<void>;
  editNote(key: string, body: string): void;
  setBookmark(key: string, on: boolean): Promise<void>;
  editReason(reasonNumber: number, change: Partial<Pick<ReasonReflection, 'recognition' | 'turnaround'>>): void;
  flushAll(): Promise<void>;
}

export type SetState = (partial: Partial<GuideState> | ((state: GuideState) => Partial<GuideState>)) => void;
export type GetState = () => GuideState;
