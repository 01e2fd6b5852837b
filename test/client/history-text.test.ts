/**
 * The history timeline's sentences (describe-event.ts) in Finnish and Swedish, and the rule
 * editor's draft (rule-fields.ts): one value per line in, trimmed lists out.
 */
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeEvent, type HistoryEvent } from '../../client/src/features/history/describe-event';
import { changedRuleFields, draftOf, ruleOfDraft, tooLongLines } from '../../client/src/features/rules/rule-fields';
import fiCore from '../../client/src/locales/fi.json';
import svCore from '../../client/src/locales/sv.json';
import fiHistory from '../../client/src/locales/features/history.fi.json';
import svHistory from '../../client/src/locales/features/history.sv.json';
import fiRules from '../../client/src/locales/features/rules.fi.json';
import svRules from '../../client/src/locales/features/rules.sv.json';

async function translator(language: 'fi' | 'sv'): Promise<TFunction> {
  const instance = i18next.createInstance();
  const resources = language === 'fi' ? { ...fiCore, ...fiHistory, ...fiRules } : { ...svCore, ...svHistory, ...svRules };
  await instance.init({ lng: language, resources: { [language]: { translation: resources } }, interpolation: { escapeValue: false } });
  return instance.t;
}

const event = (kind: string, fields: Partial<HistoryEvent> = {}): HistoryEvent =>
  ({ id: 1, at: '2026-11-20T10:00:00.000Z', kind, userId: 2, userName: 'Leena Palveluvastaava', articleId: 'a1', serviceId: null, regionCode: '01', workshopId: null, articleVersion: null, data: {}, ...fields }) as HistoryEvent;
const names = { service: (id: string) => (id === 's1' ? 'Perheneuvola' : id), article: (id: string) => id };
const empty = { keywords: [], serviceClasses: [], targetGroups: [], lifeEvents: [], excludeKeywords: [], pinned: [], blocked: [] };

describe('history sentences', () => {
  it('say who did what to which service, in Finnish', async () => {
    const t = await translator('fi');
    const say = (e: HistoryEvent) => describeEvent(e, t, names, 'fi');
    expect(say(event('decision.set', { serviceId: 's1', data: { after: { decision: 'include', note: null } } }))).toEqual({ sentence: 'Leena Palveluvastaava merkitsi palvelun Perheneuvola kuuluvaksi', detail: null });
    expect(say(event('decision.set', { serviceId: 's1', data: { after: { decision: 'exclude', note: 'ei meidän' } } }))).toEqual({ sentence: 'Leena Palveluvastaava merkitsi palvelun Perheneuvola kuulumattomaksi', detail: 'ei meidän' });
    expect(say(event('comment.added', { data: { body: 'Hyvä' } }))).toEqual({ sentence: 'Leena Palveluvastaava lisäsi kommentin', detail: 'Hyvä' });
    expect(say(event('signoff.signed_off')).sentence).toBe('Leena Palveluvastaava hyväksyi linkit');
    expect(say(event('import.catalogue', { userName: 'import', data: { snapshotId: 3, services: 10, organizations: 2 } })).sentence).toBe('Tuonti: uusi palvelutietovarannon tilanne #3');
    expect(say(event('import.articles', { userName: 'import', data: { rulesChangedCount: 1, created: 0, updated: 1 } })).sentence).toBe('Tuonti: artikkelit, 1 rajaus muuttui');
    expect(say(event('flag.created', { serviceId: 's1', data: { itemKind: 'serviceClasses', itemValue: 'P3.1', reason: 'väärä luokka' } }))).toEqual({
      sentence: 'Leena Palveluvastaava liputti palvelun Perheneuvola perusteen vääräksi: Palveluluokka P3.1',
      detail: 'väärä luokka',
    });
  });

  it('name the changed rule lists, and an unknown service by its id', async () => {
    const t = await translator('fi');
    const ruleEvent = event('rule.changed', { data: { before: { ...empty, keywords: ['k1'] }, after: { ...empty, keywords: ['k2'], blocked: ['s9'] } } });
    expect(describeEvent(ruleEvent, t, names, 'fi')).toEqual({ sentence: 'Leena Palveluvastaava muutti artikkelin rajauksia', detail: 'Muuttui: Asiasanat, Estetyt palvelut' });
    expect(describeEvent(event('decision.cleared', { serviceId: 'c0ffee' }), t, names, 'fi').sentence).toBe('Leena Palveluvastaava poisti palvelun c0ffee päätöksen');
  });

  it('read in Swedish, and a kind this UI does not know still says who', async () => {
    const t = await translator('sv');
    expect(describeEvent(event('decision.undone', { serviceId: 's1' }), t, names, 'sv').sentence).toBe('Leena Palveluvastaava ångrade sitt beslut om tjänsten Perheneuvola');
    expect(describeEvent(event('something.new'), t, names, 'sv').sentence).toBe('Leena Palveluvastaava: something.new');
  });
});

describe('rule draft', () => {
  it('round-trips a rule through one value per line, dropping blank lines and spaces', () => {
    const rule = { ...empty, keywords: ['k1', 'k2'], serviceClasses: ['P3'] };
    const draft = draftOf(rule);
    expect(draft.keywords).toBe('k1\nk2');
    expect(ruleOfDraft({ ...draft, targetGroups: '  KR1 \r\n\n KR2\n' })).toEqual({ ...rule, targetGroups: ['KR1', 'KR2'] });
  });

  it('finds lines too long for a rule file, and which lists changed', () => {
    expect(tooLongLines({ ...draftOf(empty), pinned: `ok\n${'x'.repeat(501)}` })).toEqual(['pinned']);
    expect(tooLongLines({ ...draftOf(empty), pinned: 'x'.repeat(500) })).toEqual([]);
    expect(changedRuleFields({ ...empty, lifeEvents: ['KE1'] }, empty)).toEqual(['lifeEvents']);
    expect(changedRuleFields(null, empty)).toEqual([]);
  });
});
