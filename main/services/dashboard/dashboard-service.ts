import { localIsoDate } from '../../contract/calendar-date';
import type { DashboardSummary } from '../../contract/dashboard-channels';
import type { GuideContent } from '../../contract/guide-content';
import { planStatusLabels } from '../../contract/pop-op-channels';
import { runTitle } from '../../contract/self-analysis-format';
import type { GuideNotesRepository } from '../../db/guide-notes-repository';
import type { SelfAnalysisRepository } from '../../db/self-analysis-repository';
import type { SettingsRepository } from '../../db/settings-repository';
import { guidePages } from '../guide/search/guide-passages';
import { daysBetween, meetingReminderText } from '../pop-op/meeting-reminders';
import type { PopOpService } from '../pop-op/pop-op-service';
import { actionsDueSoon } from './actions-due';
import { createDashboardSettings } from './dashboard-settings';
import { visitPlace } from './visit-title';

export interface DashboardServiceOptions {
  settings: SettingsRepository;
  runs: SelfAnalysisRepository;
  popOp: Pick<PopOpService, 'list' | 'get'>;
  notes: GuideNotesRepository;
  /** A note's place in the guide (page and block titles), undefined when the guide no longer has it. */
  noteSection(key: string): { pageId: string; blockId: string; pageTitle: string; title: string } | undefined;
  /** The guide content; read only when a note or the last visit needs a title from it. */
  guide: () => GuideContent;
  /** The clock; tests set it to look at "six months later". */
  now?: () => Date;
}

const recentNoteCount = 3;

/** `iso` plus `months` calendar months has passed at `now`. */
function monthsPassed(iso: string, months: number, now: Date): boolean {
  const due = new Date(iso);
  due.setMonth(due.getMonth() + months);
  return due <= now;
}

/**
 * The start screen's summary: where the user was, the latest POP-OP and its actions that are
 * due, the latest self-analysis and whether a new one is due, and the latest notes. Reads
 * one plan, one run and the notes, so it stays quick with hundreds of runs and plans.
 */
export function createDashboardService(options: DashboardServiceOptions) {
  const settings = createDashboardSettings(options.settings);
  const now = options.now ?? (() => new Date());

  function latestPlan(today: string): Pick<DashboardSummary, 'plan' | 'dueActions'> {
    const summary = options.popOp.list()[0];
    if (!summary) return { plan: null, dueActions: [] };
    const plan = options.popOp.get(summary.id);
    return {
      plan: {
        id: plan.id,
        title: plan.title,
        status: plan.status,
        statusLabel: planStatusLabels[plan.status],
        meetingDate: plan.meetingDate,
        meetingText: plan.meetingDate
          ? meetingReminderText(daysBetween(today, plan.meetingDate), plan.meetingDate)
          : '',
      },
      dueActions: actionsDueSoon(plan.id, plan.actions, today),
    };
  }

  function latestRun(months: number, moment: Date): DashboardSummary['selfAnalysis'] {
    const run = options.runs.runsNewestFirst(1, 0)[0];
    if (!run) return null;
    return {
      runId: run.id,
      name: run.name,
      createdAt: run.createdAt,
      timeForNew: monthsPassed(run.createdAt, months, moment),
    };
  }

  function recentNotes(): DashboardSummary['recentNotes'] {
    return options.notes
      .list()
      .flatMap((note) => {
        const section = options.noteSection(note.sectionKey);
        return section ? [{ ...section, updatedAt: note.updatedAt }] : [];
      })
      .slice(0, recentNoteCount)
      .map(({ pageId, blockId, title, pageTitle, updatedAt }) => ({ pageId, blockId, title, pageTitle, updatedAt }));
  }

  function lastVisit(): DashboardSummary['lastVisit'] {
    const visit = settings.lastVisit();
    if (!visit) return null;
    return visitPlace(visit, {
      planTitle: (planId) => options.popOp.list().find((plan) => plan.id === planId)?.title,
      runTitle: (runId) => {
        const run = options.runs.run(runId);
        return run && runTitle(run);
      },
      guidePageTitle: (pageId) => guidePages(options.guide()).find((page) => page.id === pageId)?.title,
    });
  }

  return {
    settings,
    summary(): DashboardSummary {
      const moment = now();
      const reminderMonths = settings.get().selfAnalysisReminderMonths;
      const { plan, dueActions } = latestPlan(localIsoDate(moment));
      const selfAnalysis = latestRun(reminderMonths, moment);
      const notes = recentNotes();
      return {
        firstTime: plan === null && selfAnalysis === null && notes.length === 0,
        lastVisit: lastVisit(),
        plan,
        dueActions,
        selfAnalysis,
        reminderMonths,
        recentNotes: notes,
      };
    },
  };
}
export type DashboardService = ReturnType<typeof createDashboardService>;
