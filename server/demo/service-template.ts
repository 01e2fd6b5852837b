/**
 * A service template: the text and classification one kind of service shares wherever
 * it is offered ("Lastenneuvola" in every municipality). Templates are written as one
 * compact spec string so that a few hundred of them stay readable on a screen.
 */

export interface Bilingual {
  fi: string;
  sv: string;
}

export type ChargeType = 'FreeOfCharge' | 'Chargeable' | 'Other';

/** Where one template turns into services: one per municipality, one for the whole county, or per unit. */
export type TemplateScope = 'municipality' | 'county' | 'units';

export interface ServiceTemplate {
  key: string;
  name: Bilingual;
  summary: Bilingual;
  serviceClasses: string[];
  targetGroups: string[];
  lifeEvents: string[];
  /** Ontology term keys (see ontology-terms.ts). */
  terms: string[];
  charge: ChargeType;
  type: 'Service' | 'PermitOrObligation';
  scope: TemplateScope;
  voucher: boolean;
  /** Provided in English too (national services often are). */
  english: boolean;
}

const charges: Record<string, ChargeType> = { $free: 'FreeOfCharge', $paid: 'Chargeable', $other: 'Other' };
const scopes: Record<string, TemplateScope> = { '@mun': 'municipality', '@county': 'county', '@units': 'units' };

/** PTV's limit for the Summary description. */
export const summaryMaxLength = 150;

/**
 * Parses a template. `spec` holds space-separated tokens: service classes (P3.7), target
 * groups (KR1.2), life events (KE1), `#termKey`, a charge `$free|$paid|$other`, a scope
 * `@mun|@county|@units`, and the flags `permit`, `voucher`, `en`.
 * Throws on anything else, so a typo fails the first generation instead of hiding.
 */
export function tpl(key: string, fi: string, sv: string, summaryFi: string, summarySv: string, spec: string): ServiceTemplate {
  for (const summary of [summaryFi, summarySv]) {
    if (summary.length > summaryMaxLength) throw new Error(`demo template ${key}: summary over ${summaryMaxLength} chars`);
  }
  const template: ServiceTemplate = {
    key,
    name: { fi, sv },
    summary: { fi: summaryFi, sv: summarySv },
    serviceClasses: [],
    targetGroups: [],
    lifeEvents: [],
    terms: [],
    charge: 'FreeOfCharge',
    type: 'Service',
    scope: 'county',
    voucher: false,
    english: false,
  };
  for (const token of spec.split(/\s+/).filter(Boolean)) applyToken(template, token);
  return template;
}

function applyToken(template: ServiceTemplate, token: string): void {
  if (/^P\d+(\.\d+)?$/.test(token)) template.serviceClasses.push(token);
  else if (/^KR\d+(\.\d+)?$/.test(token)) template.targetGroups.push(token);
  else if (/^KE\d+(\.\d+)?$/.test(token)) template.lifeEvents.push(token);
  else if (token.startsWith('#')) template.terms.push(token.slice(1));
  else if (token in charges) template.charge = charges[token] as ChargeType;
  else if (token in scopes) template.scope = scopes[token] as TemplateScope;
  else if (token === 'permit') template.type = 'PermitOrObligation';
  else if (token === 'voucher') template.voucher = true;
  else if (token === 'en') template.english = true;
  else throw new Error(`demo template ${template.key}: unknown token "${token}"`);
}

/** A copy of a template with a changed classification, for planted mistakes. */
export function variantOf(template: ServiceTemplate, change: Partial<Omit<ServiceTemplate, 'key'>> & { key: string }): ServiceTemplate {
  return { ...template, ...change };
}
