import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGuideContent } from '../../../../main/services/guide/load-content';

/**
 * Counts the app's guide content against `shared/docs/content-inventory.md`, the ground
 * truth of what "Eerste Hulp Bij Overheidsparticipatie!" holds, so nothing goes missing
 * silently. Names that must carry over are checked by substring, not whole sentences.
 */
const content = loadGuideContent(join(__dirname, '../../../../resources/content'));
const theme = (id: string) => {
  const found = content.themes.find((t) => t.id === id);
  if (!found) throw new Error(`theme ${id} missing`);
  return found;
};
const allText = (value: unknown): string => JSON.stringify(value).toLowerCase().replaceAll('’', "'");
const list = (themeId: string, listId: string) => {
  const found = theme(themeId).lists.find((l) => l.id === listId);
  if (!found) throw new Error(`list ${listId} missing in ${themeId}`);
  return found.items.map((item) => item.name.toLowerCase());
};

describe('guide content inventory', () => {
  it('has the five themes in order with their mottos', () => {
    expect(content.themes.map((t) => [t.number, t.id, t.motto])).toEqual([
      [1, 'doen', 'Het is een kwestie van doen!'],
      [2, 'doel', 'Doe het met goede bedoelingen!'],
      [3, 'gemeenteraad', 'Wees een goede raadgever!'],
      [4, 'geld', 'Geld baart onrust!'],
      [5, 'organisatieverandering', 'Zorg voor een Paard van Troje!'],
    ]);
  });

  it('counts 27 self-analysis statements: 5 + 5 + 6 + 5 + 6, with the guide scale', () => {
    const counts = content.selfAnalyses.analyses.map((a) => [a.themeId, a.statements.length]);
    expect(counts).toEqual([
      ['doen', 5],
      ['doel', 5],
      ['gemeenteraad', 6],
      ['geld', 5],
      ['organisatieverandering', 6],
    ]);
    const ids = content.selfAnalyses.analyses.flatMap((a) => a.statements.map((s) => s.id));
    expect(new Set(ids).size).toBe(27);
    for (const analysis of content.selfAnalyses.analyses) {
      expect(analysis.statements.map((s) => s.id)).toEqual(
        analysis.statements.map((_, index) => `${analysis.themeId}-${index + 1}`),
      );
    }
    expect(content.selfAnalyses.scale.map((s) => s.label)).toEqual(['Zeer oneens', 'Oneens', 'Eens', 'Zeer eens']);
    expect(content.selfAnalyses.reflectionQuestions).toHaveLength(5);
  });

  it('has theme Doen: 5 tips and 8 resources with their sources', () => {
    expect(theme('doen').tips).toHaveLength(5);
    expect(theme('doen').resources).toHaveLength(8);
    const text = allText(theme('doen').resources);
    for (const name of [
      'de bilt',
      'oude ijsselstreek',
      'empowering people',
      'clear',
      'actie',
      'community lovers guide',
      'rotterdam',
      'g1000',
      'de regels en de rek',
      'boukje keijzer',
    ]) {
      expect(text, name).toContain(name);
    }
  });

  it('has theme Doel: POP-OP tip, competences and the municipal examples', () => {
    expect(theme('doel').tips.length).toBeGreaterThanOrEqual(1);
    expect(allText(theme('doel').tips)).toContain('pop-op');
    const text = allText(theme('doel'));
    for (const name of [
      'oude ijsselstreek',
      'leider',
      'strateeg',
      'dienstverlener',
      'adviseur',
      'hellendoorn',
      'dna van overheidsparticipatie',
      'inleven',
      'coachen',
      'samenwerken',
      'netwerk',
      'diplomatiek',
      'mediation',
      'teambuilding',
    ]) {
      expect(text, name).toContain(name);
    }
  });

  it('has the POP-OP template: 5 questions with prompts', () => {
    expect(content.popOp.questions.map((q) => q.title)).toEqual([
      'Waar sta ik nu?',
      'Waar wil ik naartoe met overheidsparticipatie?',
      'Wat heb ik daarvoor nodig?',
      'Wat ga ik daarvoor doen?',
      'Kansen en bedreigingen',
    ]);
  });

  it('has theme Gemeenteraad: 7 roles, 16 democratic values, the casus and 8 resources', () => {
    expect(list('gemeenteraad', 'rollen')).toHaveLength(7);
    expect(list('gemeenteraad', 'democratische-waarden')).toHaveLength(16);
    const roles = list('gemeenteraad', 'rollen').join('|');
    for (const role of [
      'spelontwikkelaar',
      'scheidsrechter',
      'bewaker van interactie',
      'ombudsman',
      'belangenbehartiger',
      'procesarchitect',
      'publieke mediator',
    ]) {
      expect(roles, role).toContain(role);
    }
    const values = list('gemeenteraad', 'democratische-waarden').join('|');
    for (const value of [
      'insluiting',
      'diversiteit',
      'variëteit',
      'invloed',
      'deliberatie',
      'collectieve besluitvorming',
      'zeggenschap',
      'burgerschap',
      'onafhankelijkheid',
      'efficiëntie',
      'legitimiteit',
      'transparantie',
      'publieke verantwoording',
      'monitoring',
      'conflictmechanismen',
      'checks',
    ]) {
      expect(values, value).toContain(value);
    }
    expect(theme('gemeenteraad').sections.some((s) => s.kind === 'casus')).toBe(true);
    expect(allText(theme('gemeenteraad'))).toContain('trapveld');
    expect(allText(theme('gemeenteraad'))).toContain('bloemenperk');
    expect(theme('gemeenteraad').resources).toHaveLength(8);
    const text = allText(theme('gemeenteraad'));
    for (const name of [
      'artikel 125',
      'amersfoort',
      'wijchen',
      'raadslid in de doe-democratie',
      'pop-up publieke waarde',
      'democratisch zuivere koffie',
      'in actie met burgers',
      'boutellier',
      'procesakkoord',
      'gemeenteraadenburgerkracht.nl',
    ]) {
      expect(text, name).toContain(name);
    }
  });

  it('has theme Geld: 6 considerations, 9 forms in order, 5 named examples and 2 resources', () => {
    expect(content.financing.considerations.map((c) => c.id)).toEqual([
      'zeggenschap',
      'eigenaarschap',
      'risico',
      'verantwoording',
      'timing',
      'symboolwerking',
    ]);
    expect(content.financing.forms.map((f) => f.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const examples = [
      ...content.financing.namedExamples.map((e) => e.place),
      ...content.financing.forms.flatMap((f) => (f.example ? [f.example.place] : [])),
    ]
      .join('|')
      .toLowerCase();
    for (const place of ['hoogeveen', 'emmen', 'amsterdam-oost', 'maassluis', 'alkmaar', 'makkie']) {
      expect(examples, place).toContain(place);
    }
    expect(content.financing.nonFinancialSupport.length).toBeGreaterThanOrEqual(4);
    expect(theme('geld').resources).toHaveLength(2);
    expect(allText(theme('geld').resources)).toContain('tussen betalen en bepalen');
    expect(allText(theme('geld'))).toContain('melkkoe');
  });

  it('has theme Organisatieverandering: tips, Ridderkerk and 7 resources', () => {
    expect(theme('organisatieverandering').tips.length).toBeGreaterThanOrEqual(3);
    expect(theme('organisatieverandering').resources).toHaveLength(7);
    const text = allText(theme('organisatieverandering'));
    for (const name of [
      'ridderkerk',
      'restorative practice',
      'gemeentesecretarissen op avontuur',
      'hellendoorn',
      'berkelland',
      'shocktherapie',
      'intervisie',
      'design thinking',
      'action learning',
      'nieuwe rollen',
      'living apart together',
      'ideeënmakelaar',
      'wijkmanager',
    ]) {
      expect(text, name).toContain(name);
    }
  });

  it('has the introduction with history; the shift in Doen and the ROB box in Doel, each once', () => {
    const text = allText(content.intro);
    for (const fact of ['inspraak', "jaren '70", 'burgerparticipatie', "jaren '90", 'blauwdruk', '100']) {
      expect(text, fact).toContain(fact);
    }
    const shift = theme('doen').sections.find((s) => s.id === 'een-omslag');
    expect(allText(shift)).toContain('zorgen dat');
    expect(allText(shift)).toContain('zorgen voor');
    const box = theme('doel').sections.find((s) => s.id === 'van-beleidsmakers-naar-procesmanagers');
    expect(box?.kind).toBe('kader');
    expect(allText(box)).toContain('loslaten in vertrouwen');
    expect(allText(box)).toContain('procesmanagers');
    // The introduction links to both instead of repeating them.
    expect(text).toContain('#/gids/doen/een-omslag');
    expect(text).toContain('#/gids/doel/van-beleidsmakers-naar-procesmanagers');
    expect(content.intro.sections.some((s) => s.id === 'van-beleidsmakers-naar-procesmanagers')).toBe(false);
  });

  it('has the 10 reasons, numbered and credited to open-overheid.nl', () => {
    expect(content.reasons.reasons.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(content.reasons.credit.toLowerCase()).toContain('open-overheid.nl');
    expect(allText(content.reasons)).toContain('spotify');
  });

  it('has a glossary with the terms a newcomer stumbles on', () => {
    const terms = allText(content.glossary.terms.map((t) => [t.term, t.aliases]));
    for (const term of [
      'overheidsparticipatie',
      'burgerparticipatie',
      'inspraak',
      'participatiewet',
      'maatschappelijk initiatief',
      'maatschappelijk aanbesteden',
      'right to challenge',
      'uitdaagrecht',
      'budgetmonitoring',
      'ambtseed',
      'raadsmandaat',
      'kadernota',
      'griffier',
      'verdienmodel',
      'planning & control',
      'sectoraal beleid',
      'smeergeld',
      'g1000',
      'burgerjury',
      'pop-op',
    ]) {
      expect(terms, term).toContain(term);
    }
  });

  it('credits the guide in the colophon', () => {
    expect(content.colophon.guideTitle).toBe('Eerste Hulp Bij Overheidsparticipatie!');
    expect(content.colophon.year).toBe(2017);
    expect(content.colophon.publisher.toLowerCase()).toContain('lokale-democratie.nl');
  });
});
