import type { GuideContent } from '../../../contract/guide-content';

/** One searchable, annotatable block of the guide: a section, tip, resource, list, statement... */
export interface Passage {
  /** `<pageId>/<blockId>`: the key for notes, bookmarks and search results. */
  key: string;
  pageId: string;
  blockId: string;
  pageTitle: string;
  title: string;
  /** Plain text (Markdown marks removed) for searching and snippets. */
  text: string;
}

/** Removes Markdown marks so snippets read as plain text. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The pages of the reader: introduction, five themes, the 10 reasons and the glossary. */
export function guidePages(content: GuideContent): { id: string; title: string }[] {
  return [
    { id: 'inleiding', title: content.intro.title },
    ...content.themes.map((theme) => ({ id: theme.id, title: `${theme.number}. ${theme.title}` })),
    { id: 'redenen', title: content.reasons.title },
    { id: 'begrippen', title: 'Begrippenlijst' },
  ];
}

/** Every block of the guide as a passage, in reading order. */
export function guidePassages(content: GuideContent): Passage[] {
  const passages: Passage[] = [];
  const add = (pageId: string, pageTitle: string, blockId: string, title: string, text: string) =>
    passages.push({ key: `${pageId}/${blockId}`, pageId, blockId, pageTitle, title, text: plainText(text) });

  for (const section of content.intro.sections)
    add('inleiding', content.intro.title, section.id, section.title, section.body);

  for (const theme of content.themes) {
    const pageTitle = `${theme.number}. ${theme.title}`;
    add(theme.id, pageTitle, 'motto', theme.title, theme.motto);
    for (const section of theme.sections) add(theme.id, pageTitle, section.id, section.title, section.body);
    for (const list of theme.lists) {
      const items = list.items.map((item) => (item.description ? `${item.name}: ${item.description}` : item.name));
      add(theme.id, pageTitle, `lijst-${list.id}`, list.title, [list.intro ?? '', ...items].join(' \n'));
    }
    for (const tip of theme.tips) add(theme.id, pageTitle, `tip-${tip.id}`, tip.title, tip.body);
    for (const resource of theme.resources) {
      add(
        theme.id,
        pageTitle,
        `hulpmiddel-${resource.id}`,
        resource.name,
        `${resource.source}. ${resource.description}`,
      );
    }
    const analysis = content.selfAnalyses.analyses.find((a) => a.themeId === theme.id);
    if (analysis) {
      for (const statement of analysis.statements) {
        const text = statement.explanation ? `${statement.text} \n${statement.explanation}` : statement.text;
        add(theme.id, pageTitle, `stelling-${statement.id}`, 'Stelling uit de zelfanalyse', text);
      }
    }
    if (theme.id === 'doel') {
      for (const question of content.popOp.questions) {
        add('doel', pageTitle, `pop-op-${question.id}`, `POP-OP: ${question.title}`, question.prompts.join(' '));
      }
    }
    if (theme.id === 'geld') {
      for (const consideration of content.financing.considerations) {
        add('geld', pageTitle, `afweging-${consideration.id}`, consideration.title, consideration.explanation);
      }
      for (const form of content.financing.forms) {
        const example = form.example ? ` ${form.example.place}: ${form.example.text}` : '';
        add('geld', pageTitle, `vorm-${form.id}`, form.name, `${form.tagline}. ${form.explanation}${example}`);
      }
    }
  }

  for (const reason of content.reasons.reasons) {
    add('redenen', content.reasons.title, `reden-${reason.number}`, `${reason.number}. ${reason.title}`, reason.body);
  }
  for (const term of content.glossary.terms)
    add('begrippen', 'Begrippenlijst', `begrip-${term.id}`, term.term, term.definition);
  return passages;
}
