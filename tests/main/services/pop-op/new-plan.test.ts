import { describe, expect, it } from 'vitest';
import { followUpPlanFields, freshPlanFields, nextYearText } from '../../../../main/services/pop-op/new-plan';

const emptyProfile = { name: '', jobTitle: '', organisation: '', department: '', manager: '' };

describe('new plans', () => {
  it('move every year in a title or period on by one', () => {
    expect(nextYearText('POP-OP 2027')).toBe('POP-OP 2028');
    expect(nextYearText('2027–2028')).toBe('2028–2029');
    expect(nextYearText('Ontwikkeling in de wijk')).toBe('Ontwikkeling in de wijk');
    expect(nextYearText('12345 stappen')).toBe('12345 stappen');
  });

  it('start a fresh plan in the current year with the profile from Instellingen', () => {
    const fields = freshPlanFields({ ...emptyProfile, name: 'Anna' }, new Date(2029, 5, 1));
    expect(fields).toMatchObject({ title: 'POP-OP 2029', period: '2029', employeeName: 'Anna', meetingDate: '' });
  });

  it('keep the previous plan’s profile where Instellingen is empty, and mark a title without a year', () => {
    const previous = {
      title: 'Mijn ontwikkelplan',
      period: 'najaar',
      employeeName: 'Oud',
      jobTitle: 'Adviseur',
      organisation: 'Gemeente Utrecht',
      department: '',
      manager: 'Piet',
      meetingDate: '2027-03-01',
    };
    const fields = followUpPlanFields({ ...emptyProfile, name: 'Nieuw', manager: '' }, previous);
    expect(fields).toEqual({
      title: 'Mijn ontwikkelplan (vervolg)',
      period: 'najaar',
      meetingDate: '',
      employeeName: 'Nieuw',
      jobTitle: 'Adviseur',
      organisation: 'Gemeente Utrecht',
      department: '',
      manager: 'Piet',
    });
  });
});
