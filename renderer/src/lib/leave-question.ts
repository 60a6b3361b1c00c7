import { create } from 'zustand';

/** Leaving with fields that are not saved: to another screen (its hash) or closing the window. */
export type LeaveQuestion = { kind: 'navigate'; hash: string } | { kind: 'close' };

interface LeaveQuestionState {
  question: LeaveQuestion | undefined;
  ask(question: LeaveQuestion): void;
  dismiss(): void;
}

/** The one open "Niet alles is bewaard, toch weggaan?" question, shown by the app frame. */
export const useLeaveQuestion = create<LeaveQuestionState>((set) => ({
  question: undefined,
  ask: (question) => set({ question }),
  dismiss: () => set({ question: undefined }),
}));
