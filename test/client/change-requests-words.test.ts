/**
 * Change requests in words: every type, state and verification problem has a label in
 * Finnish, Swedish and English; problems name the article; the history sentences of the
 * request and export events read right.
 */
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { changeRequestStates, changeRequestTypes, type VerificationProblem } from '../../shared/domain/change-request';
import { describeEvent, type HistoryEvent } from '../../client/src/features/history/describe-event';
import { itemText, problemDetailText, problemText, recipientText, typeText, verificationText } from '../../client/src/features/change-requests/request-words';
import enCore from '../../client/src/locales/en.json';
import fiCore from '../../client/src/locales/fi.json';
import svCore from '../../client/src/locales/sv.json';
import enRequests from '../../client/src/locales/features/changeRequests.en.json';
import fiRequests from '../../client/src/locales/features/changeRequests.fi.json';
import svRequests from '../../client/src/locales/features/changeRequests.sv.json';
import enHistory from '../../client/src/locales/features/history.en.json';
import fiHistory from '../../client/src/locales/features/history.fi.json';
import svHistory from '../../client/src/locales/features/history.sv.json';

const resources = { fi: { ...fiCore, ...fiHistory, ...fiRequests }, sv: { ...svCore, ...svHistory, ...svRequests }, en: { ...enCore, ...enHistory, ...enRequests } };

async function translator(language: 'fi' | 'sv' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: { [language]: { translation: resources[language] } }, interpolation: { escapeValue: false } });
  return instance.t;
}

const problemCodes: VerificationProblem['code'][] = [
  'itemStillOnService', 'itemMissingFromService', 'stillSurfaces', 'doesNotSurface', 'serviceGone', 'noSuchDescription', 'swedishMissing',
  'notChangedYet', 'changedNeedsLook', 'ruleStillHasItem', 'ruleLacksItem', 'notPinned', 'notBlocked', 'articleGone',
];

// The problems the check ties to an article: each has a sentence naming it.
const articleProblems = new Set(['stillSurfaces', 'doesNotSurface', 'ruleStillHasItem', 'ruleLacksItem', 'notPinned', 'notBlocked', 'articleGone']);

describe('labels', () => {
  it.each(['fi', 'sv', 'en'] as const)('every type, state, recipient kind and problem has a %s label', async (language) => {
    const t = await translator(language);
    const keys = [
      ...problemCodes.filter((code) => articleProblems.has(code)).map((code) => `changeRequests.problemIn.${code}`),
      ...changeRequestTypes.map((type) => `changeRequests.type.${type}`),
      ...changeRequestStates.map((state) => `changeRequests.state.${state}`),
      ...['digifinland', 'county', 'organization'].map((kind) => `changeRequests.recipientKind.${kind}`),
      ...['digifinland', 'county'].map((kind) => `changeRequests.recipientLabel.${kind}`),
      ...problemCodes.map((code) => `changeRequests.problem.${code}`),
      ...['catalogue', 'articles', 'manual'].map((trigger) => `changeRequests.runs.trigger.${trigger}`),
    ];
    const unlabelled = keys.filter((key) => { const text = t(key); return text === key || typeof text !== 'string' || text.trim() === ''; });
    expect(unlabelled).toEqual([]);
  });

  it('types read as what is asked, in Finnish and Swedish', async () => {
    expect(typeText('rule.pin', await translator('fi'))).toBe('Kiinnitä palvelu artikkeliin');
    expect(typeText('description.translate', await translator('sv'))).toBe('Översätt tjänstebeskrivningen till svenska');
  });
});

describe('a request in words', () => {
  it('names the item by its label, with the code for classes', async () => {
    const t = await translator('fi');
    expect(itemText({ itemKind: 'keywords', itemValue: 'http://www.yso.fi/onto/yso/p1', itemLabel: { fi: 'raskaus', sv: 'graviditet' } }, t, 'fi')).toBe('Asiasana: raskaus');
    expect(itemText({ itemKind: 'keywords', itemValue: 'http://www.yso.fi/onto/yso/p1', itemLabel: { fi: 'raskaus', sv: 'graviditet' } }, t, 'sv')).toBe('Asiasana: graviditet');
    expect(itemText({ itemKind: 'serviceClasses', itemValue: 'P3.1', itemLabel: { fi: 'Neuvolapalvelut' } }, t, 'fi')).toBe('Palveluluokka: Neuvolapalvelut (P3.1)');
    expect(itemText({ itemKind: 'targetGroups', itemValue: 'KR1.2', itemLabel: null }, t, 'fi')).toBe('Kohderyhmä: KR1.2');
    expect(itemText({ itemKind: null, itemValue: null, itemLabel: null }, t, 'fi')).toBe('');
    const areaLabel = (value: string) => (value === 'Nationwide' ? 'Koko Suomi' : value);
    expect(itemText({ itemKind: 'area', itemValue: 'Nationwide', itemLabel: null }, t, 'fi', areaLabel)).toBe('Alue: Koko Suomi');
  });

  it('says what kind of recipient DigiFinland and the county are; an organisation by name', async () => {
    const t = await translator('fi');
    expect(recipientText({ kind: 'digifinland', organizationId: null, name: 'DigiFinland', email: null }, t)).toBe('DigiFinland (artikkelien säännöt)');
    expect(recipientText({ kind: 'county', organizationId: null, name: 'Itä-Uudenmaan hyvinvointialue', email: null }, t)).toBe('Itä-Uudenmaan hyvinvointialue (uudet palvelukuvaukset)');
    expect(recipientText({ kind: 'organization', organizationId: 'o1', name: 'Porvoon kaupunki', email: null }, t)).toBe('Porvoon kaupunki');
    const sv = await translator('sv');
    expect(recipientText({ kind: 'organization', organizationId: 'o1', name: 'Porvoon kaupunki', email: null }, sv, { fi: 'Porvoon kaupunki', sv: 'Borgå stad' }, 'sv')).toBe('Borgå stad');
    expect(recipientText({ kind: 'county', organizationId: null, name: 'Itä-Uudenmaan hyvinvointialue', email: null }, sv, { fi: 'Itä-Uudenmaan hyvinvointialue', sv: 'Östra Nylands välfärdsområde' }, 'sv')).toBe(
      sv('changeRequests.recipientLabel.county', { name: 'Östra Nylands välfärdsområde' }),
    );
  });

  it('says what is still wrong and where', async () => {
    const t = await translator('fi');
    const title = (id: string) => (id === 'a1' ? 'Synnytys' : id);
    expect(problemText({ code: 'stillSurfaces', articleId: 'a1', detail: 'raskaus' }, t, title)).toBe('Palvelu nousee yhä artikkeliin ”Synnytys” (raskaus)');
    expect(problemText({ code: 'notBlocked', articleId: 'a1' }, t, title)).toBe('Palvelua ei ole vielä estetty artikkelista ”Synnytys”');
    expect(problemText({ code: 'ruleStillHasItem', articleId: 'a1' }, await translator('sv'), title)).toBe('Regeln för artikeln ”Synnytys” har fortfarande denna uppgift');
    expect(problemText({ code: 'swedishMissing' }, t, title)).toBe('Ruotsinkielinen teksti puuttuu');
  });

  it('puts the detail the check wrote for machines into words', async () => {
    const t = await translator('fi');
    const label = (kind: string, value: string) => `${kind}=${value}`;
    const item = { kind: 'keywords', value: 'http://www.yso.fi/onto/koko/p1' };
    expect(problemDetailText({ code: 'stillSurfaces', detail: 'keywords:http://www.yso.fi/onto/koko/p1 serviceClasses:P4.6 area:WellbeingServiceCounties:01' }, t, label, item)).toBe(
      'Asiasana: keywords=http://www.yso.fi/onto/koko/p1, Palveluluokka: serviceClasses=P4.6, Alue: area=WellbeingServiceCounties:01',
    );
    expect(problemDetailText({ code: 'stillSurfaces', detail: 'pinned area:Nationwide' }, t, label, item)).toBe('Kiinnitetty artikkeliin, Alue: area=Nationwide');
    expect(problemDetailText({ code: 'itemStillOnService', detail: 'http://www.yso.fi/onto/koko/p1' }, t, label, item)).toBe('keywords=http://www.yso.fi/onto/koko/p1');
    expect(problemDetailText({ code: 'swedishMissing', detail: 'name,summary' }, t, label, item)).toBe('Nimi, Tiivistelmä');
    expect(problemDetailText({ code: 'doesNotSurface', detail: 'criteria_not_met' }, t, label, item)).toBe(t('missingReason.criteria_not_met'));
    expect(problemDetailText({ code: 'noSuchDescription', detail: 'Perhekeskus / Familjecentret' }, t, label, item)).toBe('Perhekeskus / Familjecentret');
    expect(problemDetailText({ code: 'notPinned' }, t, label, item)).toBe('');
    expect(verificationText(null, t)).toBe('Ei vielä tarkistettu');
    expect(verificationText({ snapshotId: 2, at: '2026-11-20T10:00:00Z', fixed: true, problems: [] }, t)).toBe('Korjattu');
    expect(verificationText({ snapshotId: 2, at: '2026-11-20T10:00:00Z', fixed: false, problems: [{ code: 'itemStillOnService' }, { code: 'stillSurfaces' }] }, t)).toBe('2 asiaa vielä korjaamatta: Tieto on yhä palvelussa');
  });
});

describe('history of a request', () => {
  const event = (kind: string, data: Record<string, unknown>): HistoryEvent =>
    ({ id: 1, at: '2026-11-20T10:00:00.000Z', kind, userId: 1, userName: 'Päivi Projektipäällikkö', articleId: 'a1', serviceId: null, serviceName: null, regionCode: '01', workshopId: null, changeRequestId: 7, articleVersion: null, data }) as HistoryEvent;
  const names = { service: (id: string) => id, article: (id: string) => id };

  it('reads each request and export event in Finnish', async () => {
    const t = await translator('fi');
    const say = (kind: string, data: Record<string, unknown>) => describeEvent(event(kind, data), t, names, 'fi');
    expect(say('changeRequest.created', { code: 'LP-2026-0007' }).sentence).toBe('Päivi Projektipäällikkö laati muutospyynnön LP-2026-0007');
    expect(say('changeRequest.moved', { code: 'LP-2026-0007', from: 'draft', to: 'ready', note: null })).toEqual({ sentence: 'Päivi Projektipäällikkö siirsi muutospyynnön LP-2026-0007 tilaan Valmis lähetettäväksi', detail: null });
    expect(say('changeRequest.changed', { code: 'LP-2026-0007', changed: ['reason', 'articleIds'] })).toEqual({ sentence: 'Päivi Projektipäällikkö muokkasi muutospyyntöä LP-2026-0007', detail: 'Muuttui: perustelu, artikkelit' });
    expect(say('changeRequest.articlesAdded', { code: 'LP-2026-0007', added: ['a2', 'a3'] }).sentence).toBe('Päivi Projektipäällikkö lisäsi muutospyyntöön LP-2026-0007 2 artikkelia');
    expect(say('changeRequest.sent', { code: 'LP-2026-0007', recipient: { name: 'Porvoon kaupunki' }, format: 'xlsx' })).toEqual({ sentence: 'Päivi Projektipäällikkö lähetti muutospyynnön LP-2026-0007 vastaanottajalle Porvoon kaupunki', detail: 'xlsx' });
    expect(say('changeRequest.verified', { code: 'LP-2026-0007', snapshotId: 3 }).sentence).toBe('Tarkistus: muutospyyntö LP-2026-0007 todennettiin korjatuksi (palvelutietovarannon tilanne #3)');
    expect(say('changeRequest.checked', { checked: 5, verified: ['LP-2026-0007'] }).sentence).toBe('Tarkistus: 5 muutospyyntöä tarkistettu, 1 todennettu');
    expect(say('export.requests', { requestCount: 4, fileName: 'muutospyynnot.xlsx', markedSent: 3 })).toEqual({ sentence: 'Päivi Projektipäällikkö vei 4 muutospyyntöä tiedostoon muutospyynnot.xlsx', detail: '3 merkitty lähetetyiksi' });
  });

  it('reads a move in Swedish', async () => {
    const t = await translator('sv');
    expect(describeEvent(event('changeRequest.moved', { code: 'LP-2026-0007', to: 'sent' }), t, names, 'sv').sentence).toBe('Päivi Projektipäällikkö flyttade ändringsbegäran LP-2026-0007 till status Skickad');
  });

  it('names the recipient of a sent request in the reader\'s language when the event has it', async () => {
    const t = await translator('sv');
    const sent = event('changeRequest.sent', { code: 'LP-2026-0007', recipient: { name: 'Porvoon kaupunki', label: { fi: 'Porvoon kaupunki', sv: 'Borgå stad' } }, format: 'xlsx' });
    expect(describeEvent(sent, t, names, 'sv').sentence).toContain('Borgå stad');
    // Events recorded before names were kept in every language still read, in Finnish.
    expect(describeEvent(event('changeRequest.sent', { code: 'LP-2026-0007', recipient: { name: 'Porvoon kaupunki' } }), t, names, 'sv').sentence).toContain('Porvoon kaupunki');
  });
});
