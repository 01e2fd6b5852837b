import pino from 'pino';
import type { DbHandle } from '../../db/client';
import { loadApprovedDecisions } from '../../db/queries/decisions';
import { findUserById } from '../../db/queries/users';
import { ArraySource } from '../import/array-source';
import { importPtv } from '../import/import-ptv';
import { loadWorkspace, type LoadedCatalogue } from '../engine/load-workspace';
import { appRouter } from '../routers/_app';
import { asUser, createBaseContext } from '../services/create-context';
import { createCallerFactory } from '../trpc';
import { demoCounty, wellbeingCountyArea } from './demo-geography';
import { fintoItem } from './finto-items';
import type { DemoAccount } from './demo-people';
import { demoOrg } from './demo-organizations';
import { generateDemo } from './generate-demo';
import { stableGuid } from './seeded-random';

type PtvRecord = Record<string, unknown>;
const day = 24 * 60 * 60 * 1000;

/** The new description the county asks itself to write, and finds in the next import. */
const chatService = {
  nameFi: 'Perhekeskuksen chat',
  nameSv: 'Familjecentrets chatt',
  summaryFi: 'Perhekeskuksen ammattilaiset vastaavat lapsiperheiden kysymyksiin chatissa arkisin.',
  summarySv: 'Familjecentrets yrkespersoner svarar på barnfamiljers frågor i chatten på vardagar.',
  descriptionFi: 'Chatissa voit kysyä nimettömästi esimerkiksi lapsen kasvusta, vanhemmuudesta ja arjen jaksamisesta. Ammattilainen ohjaa tarvittaessa oikeaan palveluun.',
  descriptionSv: 'I chatten kan du anonymt fråga till exempel om barnets utveckling, föräldraskap och hur man orkar i vardagen. En yrkesperson hänvisar vid behov till rätt tjänst.',
};

/**
 * The change request loop in the demo, so a first start shows it whole: the manager flagged
 * wrong keywords and areas, turned flags, a description request and a missing service into
 * change requests, sent some (one export), heard back on others; then a later catalogue
 * import in which some owners had fixed what was asked, which the automatic verification
 * found. Every state appears: draft, ready, sent, done, verified, rejected, withdrawn.
 * Everything goes through the same API the UI uses, as the demo manager.
 */
export async function seedDemoChangeRequests(handle: DbHandle, accounts: readonly DemoAccount[], now: Date = new Date()): Promise<{ requests: number; verified: string[] }> {
  const managerAccount = accounts.find((a) => a.role === 'manager');
  const manager = managerAccount && findUserById(handle, managerAccount.id);
  if (!manager) throw new Error('demo change requests: no manager among the demo accounts');
  let clock = new Date(now.getTime() - 45 * day);
  const context = { ...asUser(createBaseContext(handle, pino({ level: 'silent' }), false), manager), now: () => clock };
  const api = createCallerFactory(appRouter)(context);
  const region = demoCounty().code;
  const loaded = loadWorkspace(handle);
  const find = findIn(loaded, region);

  const at = (daysAgo: number) => {
    clock = new Date(now.getTime() - daysAgo * day);
  };
  const fromFlag = async (p: { service: string; article?: string; kind: 'keywords' | 'serviceClasses' | 'area'; value?: string; target?: 'service' | 'rule'; reason: string }) => {
    const hit = find(p.service, p.article, p.kind, p.value);
    const flag = await api.flags.create({ region, articleId: hit.articleId, serviceId: hit.serviceId, itemKind: p.kind, itemValue: hit.item, target: p.target ?? 'service', reason: p.reason });
    return (await api.changeRequests.fromFlag({ region, flagId: flag.id })).request;
  };

  at(45);
  const homeCare = await fromFlag({ service: 'Kotipalvelu ikäihmisille', kind: 'keywords', value: 'p54976', reason: 'Ikäihmisten kotipalvelu nousee lapsiperheiden kotipalvelun artikkeleihin asiasanan "kotipalvelut" vuoksi. Poistakaa asiasana tai korvatkaa se ikäihmisiä koskevalla.' });
  const dentures = await fromFlag({ service: 'Hammasproteesit', kind: 'keywords', value: 'p56093', reason: 'Aikuisten proteesihoito nousee lasten hammashoidon artikkeleihin asiasanan "lasten hammashoito" vuoksi.' });
  const elderlyFamilyCare = await fromFlag({ service: 'Ikäihmisten perhehoito', kind: 'keywords', value: 'p66757', reason: 'Ikäihmisten perhehoito nousee sijaisperheartikkeleihin lastensuojelun sijaishuollon asiasanan vuoksi.' });
  const vet = await fromFlag({ service: 'Eläinlääkäripäivystys, Porvoo', kind: 'serviceClasses', value: 'P5.5', reason: 'Eläinlääkäripäivystys nousee lasten sairastumista käsitteleviin artikkeleihin palveluluokan "päivystys" vuoksi.' });
  const helsinkiCounselling = await fromFlag({ service: 'Perheneuvola', kind: 'area', reason: 'Helsingin perheneuvola on merkitty valtakunnalliseksi, joten se näkyy kaikilla hyvinvointialueilla. Alueeksi Helsinki.' });
  const helsinkiChildWelfare = await fromFlag({ service: 'Lastenvalvoja', kind: 'area', reason: 'Helsingin lastenvalvoja on merkitty valtakunnalliseksi.' });
  const emergencyRule = await fromFlag({ service: 'Eläinlääkäripäivystys, Porvoo', article: 'milloin-paivystykseen', kind: 'keywords', target: 'rule', reason: 'Artikkelin asiasana "päivystys" tuo artikkeliin myös eläinlääkäripäivystyksen. Rajatkaa asiasana terveydenhuollon päivystykseen.' });
  const translate = async (service: string, reason: string) => {
    const hit = find(service);
    return api.changeRequests.create({ region, type: 'description.translate', serviceId: hit.serviceId, articleIds: hit.articleIds, reason });
  };
  const guidanceSv = await translate('Lapsiperheiden palveluohjaus', 'Palvelukuvaukselta puuttuu ruotsinkielinen nimi ja tiivistelmä; kaksikielisellä alueella molemmat tarvitaan.');
  const meetingPlacesSv = await translate('Perhekeskuksen kohtaamispaikat', 'Palvelukuvaukselta puuttuu ruotsinkielinen teksti.');

  const county = demoOrg('ita-uusimaa');
  const chatArticles = ['perhekeskus', 'vanhemman-jaksaminen'].filter((id) => loaded.articles.some((a) => a.id === id));
  const described = await api.descriptionRequests.create({
    region,
    name: { fi: chatService.nameFi, sv: chatService.nameSv },
    summary: { fi: chatService.summaryFi, sv: chatService.summarySv },
    description: { fi: chatService.descriptionFi, sv: chatService.descriptionSv },
    organizationId: county.id,
    organizationName: county.name.fi,
    keywords: [],
    serviceClasses: ['P4.12'],
    targetGroups: ['KR1.2'],
    articleIds: chatArticles,
  });
  const chat = (await api.changeRequests.fromDescriptionRequest({ region, descriptionRequestId: described.id })).request;

  const move = async (to: 'ready' | 'sent' | 'done' | 'rejected' | 'withdrawn', ids: readonly number[], note?: string) => {
    const current = await Promise.all(ids.map((id) => api.changeRequests.get({ region, id })));
    await api.changeRequests.move({ region, to, note: note ?? null, requests: current.map(({ request }) => ({ id: request.id, baseVersion: request.version })) });
  };
  at(40);
  const sentOnes = [homeCare, dentures, elderlyFamilyCare, vet, guidanceSv, meetingPlacesSv, chat].map((r) => r.id);
  await move('ready', sentOnes);
  const job = await api.exports.start({ region, format: 'xlsx', language: 'fi', recipient: null, states: ['ready'], ids: sentOnes, markSent: true });
  const exported = await context.jobs.settled(job.id);
  if (exported?.status !== 'done') throw new Error(`demo change requests: the demo export failed: ${exported?.error ?? 'unknown job'}`);
  at(30);
  await move('withdrawn', [helsinkiChildWelfare.id], 'Sama korjaus pyydetty jo Helsingin kanssa puhelimessa.');
  at(20);
  await move('done', [elderlyFamilyCare.id], 'Palvelun omistaja ilmoitti korjanneensa asiasanat.');
  at(15);
  await move('rejected', [vet.id], 'Porvoo: palveluluokka on oikea eläinlääkäripäivystykselle; korjaus kuuluu artikkelin rajauksiin.');
  at(5);
  await move('ready', [helsinkiCounselling.id, emergencyRule.id]);
  at(3);
  const missing = firstMissingInclude(handle, loaded, region);
  if (missing) {
    await api.changeRequests.fromMissing({ region, articleId: missing.articleId, serviceId: missing.serviceId, type: 'rule.pin', reason: 'Hyväksytty palvelu ei nouse artikkeliin, koska sen kuvauksesta puuttuu artikkelin asiasana. Kiinnittäkää palvelu artikkeliin.' });
  }

  // A later import: the owners fixed some of what was asked (and only part of one).
  at(1);
  const fixedServices = fixedCatalogue(loaded, { removeKeywords: new Map([[homeCare.serviceId!, ['p54976', 'p48297']], [dentures.serviceId!, ['p56093']]]), addSwedish: [guidanceSv.serviceId!] }, county.id);
  const demo = generateDemo();
  const result = await importPtv(handle, new ArraySource('demo catalogue (later import)', [...demo.organizations, ...patchServices(demo.services, fixedServices)]), {
    kind: 'demo',
    note: 'Demo data (Itä-Uusimaa), a later import in which owners fixed some change requests',
    now: () => clock,
  });
  const verified = handle.sqlite.prepare(`SELECT code FROM change_requests WHERE state = 'verified' ORDER BY code`).pluck().all() as string[];
  const count = handle.sqlite.prepare(`SELECT count(*) FROM change_requests`).pluck().get() as number;
  if (result.snapshotId === null) throw new Error('demo change requests: the later import wrote no snapshot');
  return { requests: count, verified };
}

interface Hit {
  serviceId: string;
  articleId: string;
  articleIds: string[];
  item: string;
}

/** Finds a demo service by its Finnish name, where it surfaces, and the item that lets it in. */
function findIn(loaded: LoadedCatalogue, region: string) {
  return (serviceName: string, articleId?: string, kind?: 'keywords' | 'serviceClasses' | 'area', value?: string): Hit => {
    const candidates = [...loaded.services.values()].filter((s) => s.service.name.fi === serviceName || s.service.name.fi?.startsWith(`${serviceName},`));
    for (const { service } of candidates.sort((a, b) => (a.service.id < b.service.id ? -1 : 1))) {
      const articleIds: string[] = [];
      let found: Hit | null = null;
      for (const article of loaded.articles) {
        const reasons = loaded.workspace.surfacing(region, article.id).get(service.id);
        if (!reasons) continue;
        articleIds.push(article.id);
        if (found || (articleId && article.id !== articleId)) continue;
        const item =
          kind === 'area'
            ? reasons.area === 'national' ? reasons.areaVia : null
            : kind === 'serviceClasses'
              ? reasons.serviceClasses.find((c) => !value || c === value)
              : kind === 'keywords'
                ? reasons.keywords.find((k) => !value || k.endsWith(`/${value}`))
                : (reasons.keywords[0] ?? reasons.serviceClasses[0] ?? '');
        if (item !== null && item !== undefined) found = { serviceId: service.id, articleId: article.id, articleIds, item };
      }
      if (found) return { ...found, articleIds };
    }
    throw new Error(`demo change requests: "${serviceName}" does not surface in the demo as planned (${kind ?? ''} ${value ?? ''})`);
  };
}

/** An approved service that does not surface in its article (a missing one), the first by id. */
function firstMissingInclude(handle: DbHandle, loaded: LoadedCatalogue, region: string): { articleId: string; serviceId: string } | null {
  const approved = loadApprovedDecisions(handle);
  for (const article of [...loaded.articles].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const surfacing = loaded.workspace.surfacing(region, article.id);
    for (const [serviceId, decision] of approved.get(article.id) ?? []) {
      if (decision.decision === 'include' && !surfacing.has(serviceId) && loaded.services.has(serviceId)) return { articleId: article.id, serviceId };
    }
  }
  return null;
}

interface Fixes {
  removeKeywords: Map<string, string[]>;
  addSwedish: string[];
}

/** The fixes as patches on the generated PTV records, plus the county's new chat service. */
function fixedCatalogue(loaded: LoadedCatalogue, fixes: Fixes, countyId: string): { patch: Map<string, (record: PtvRecord) => PtvRecord>; added: PtvRecord[] } {
  const patch = new Map<string, (record: PtvRecord) => PtvRecord>();
  for (const [serviceId, keywords] of fixes.removeKeywords) {
    patch.set(serviceId, (record) => ({
      ...record,
      ontologyTerms: ((record.ontologyTerms as { uri: string }[] | null) ?? []).filter((term) => !keywords.some((k) => term.uri.endsWith(`/${k}`))),
      modified: '2026-11-10T08:00:00Z',
    }));
  }
  for (const serviceId of fixes.addSwedish) {
    const service = loaded.services.get(serviceId)?.service;
    const name = service?.name.fi ?? '';
    patch.set(serviceId, (record) => ({
      ...record,
      serviceNames: [...((record.serviceNames as PtvRecord[]) ?? []), { language: 'sv', value: swedishNames[name] ?? `${name} (på svenska)`, type: 'Name' }],
      serviceDescriptions: [
        ...((record.serviceDescriptions as PtvRecord[]) ?? []),
        { language: 'sv', value: 'Servicehandledningen hjälper barnfamiljer att hitta rätt tjänster och stöd.', type: 'Summary' },
        { language: 'sv', value: 'Servicehandledaren reder ut familjens situation tillsammans med familjen och hänvisar till lämpliga tjänster inom välfärdsområdet.', type: 'Description' },
      ],
      languages: [...new Set([...((record.languages as string[]) ?? []), 'sv'])],
      modified: '2026-11-12T09:30:00Z',
    }));
  }
  return { patch, added: [chatRecord(countyId)] };
}

const swedishNames: Record<string, string> = { 'Lapsiperheiden palveluohjaus': 'Servicehandledning för barnfamiljer' };

function patchServices(services: readonly PtvRecord[], fixed: { patch: Map<string, (record: PtvRecord) => PtvRecord>; added: PtvRecord[] }): PtvRecord[] {
  return [...services.map((record) => fixed.patch.get(String(record.id))?.(record) ?? record), ...fixed.added];
}

/** The county's new chat service in the PTV v11 layout (the fields the importer reads). */
function chatRecord(countyId: string): PtvRecord {
  const county = demoOrg('ita-uusimaa');
  return {
    id: stableGuid('demo:perhekeskuksen-chat'),
    sourceId: null,
    generalDescriptionId: null,
    subType: null,
    type: 'Service',
    fundingType: 'PubliclyFunded',
    serviceNames: [
      { language: 'fi', value: chatService.nameFi, type: 'Name' },
      { language: 'sv', value: chatService.nameSv, type: 'Name' },
    ],
    serviceChargeType: 'FreeOfCharge',
    areaType: 'LimitedType',
    areas: [wellbeingCountyArea(demoCounty())],
    serviceDescriptions: [
      { language: 'fi', value: chatService.summaryFi, type: 'Summary' },
      { language: 'fi', value: chatService.descriptionFi, type: 'Description' },
      { language: 'sv', value: chatService.summarySv, type: 'Summary' },
      { language: 'sv', value: chatService.descriptionSv, type: 'Description' },
    ],
    languages: ['fi', 'sv'],
    serviceClasses: [fintoItem('serviceClass', 'P4.12')],
    ontologyTerms: [],
    targetGroups: [fintoItem('targetGroup', 'KR1.2')],
    lifeEvents: [],
    industrialClasses: [],
    legislation: [],
    keywords: [],
    requirements: [],
    serviceChannels: null,
    organizations: [{ organization: { id: countyId, name: county.name.fi }, roleType: 'Responsible', provisionType: null, additionalInformation: [] }],
    serviceVouchersInUse: false,
    serviceVouchers: [],
    serviceCollections: [],
    publishingStatus: 'Published',
    modified: '2026-11-14T10:00:00Z',
    responsibleSoteOrganization: null,
  };
}
