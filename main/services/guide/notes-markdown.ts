import type { Bookmark, Note, ReasonReflection } from '../../contract/guide-channels';
import type { Reasons } from '../../contract/guide-content';
import { formatDate } from '../../contract/self-analysis-format';

const recognitionWords = { 'herken-ik': 'Herken ik', 'herken-ik-niet': 'Herken ik niet' } as const;

/** What goes into the export, notes and bookmarks already in the guide's reading order. */
export interface NotesExport {
  notes: readonly Note[];
  bookmarks: readonly Bookmark[];
  reasons: Reasons;
  reflections: readonly ReasonReflection[];
  exportedAt: string;
}

/**
 * The user's notes, bookmarks and answers on the 10 reasons as one Markdown text: headings a
 * reader (or Word, or a Markdown viewer) can navigate, the user's own words left as typed.
 */
export function notesMarkdown(data: NotesExport): string {
  const lines = [
    '# Mijn notities en bladwijzers',
    '',
    `Uit het Werkboek Overheidsparticipatie, ${formatDate(data.exportedAt)}.`,
    '',
    '## Notities',
    '',
    ...(data.notes.length === 0 ? ['Nog geen notities.', ''] : data.notes.flatMap(noteLines)),
    '## Bladwijzers',
    '',
    ...(data.bookmarks.length === 0
      ? ['Nog geen bladwijzers.']
      : data.bookmarks.map((bookmark) => `- ${bookmark.pageTitle}: ${bookmark.title}`)),
    '',
    '## Mijn antwoorden op de 10 redenen',
    '',
    ...reasonLines(data),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

function noteLines(note: Note): string[] {
  return [
    `### ${note.pageTitle}: ${note.title}`,
    '',
    note.body.trim(),
    '',
    `_Bijgewerkt op ${formatDate(note.updatedAt)}_`,
    '',
  ];
}

function reasonLines({ reasons, reflections }: NotesExport): string[] {
  const answered = reasons.reasons.flatMap((reason) => {
    const reflection = reflections.find((r) => r.reasonNumber === reason.number);
    if (!reflection || (reflection.recognition === null && reflection.turnaround.trim() === '')) return [];
    return [
      `### ${reason.number}. ${reason.title}`,
      '',
      ...(reflection.recognition ? [`${recognitionWords[reflection.recognition]}.`, ''] : []),
      ...(reflection.turnaround.trim() ? ['Draai het om:', '', reflection.turnaround.trim(), ''] : []),
    ];
  });
  return answered.length === 0 ? ['Nog geen antwoorden.'] : answered;
}
