import type { TFunction } from 'i18next';
import type { ChangeRequestType, Recipient, VerificationProblem, VerificationResult } from '../../../../shared/domain/change-request';
import type { ChangeRequestView, LocalizedText } from '../../../../shared/schemas/change-requests-api';
import { localize } from '../../lib/localize';

/**
 * A change request in words for the UI. Types are keyed by their dotted names, which i18next
 * reads as nested keys (changeRequests.type.service.removeItem).
 */
export function typeText(type: ChangeRequestType, t: TFunction): string {
  return t(`changeRequests.type.${type}`);
}

/**
 * The item as people say it: its label when known (with the code for classes), else the raw
 * value. Areas are named by `areaLabel` (useAreaLabel) in the UI language: the server has no
 * label for them and "Nationwide" must not leak into a Finnish or Swedish page.
 */
export function itemText(
  view: Pick<ChangeRequestView, 'itemKind' | 'itemValue' | 'itemLabel'>,
  t: TFunction,
  language: string,
  areaLabel?: (value: string) => string,
): string {
  if (!view.itemKind || !view.itemValue) return '';
  const kind = t(`reasonKind.${view.itemKind}`);
  if (view.itemKind === 'area' && areaLabel) return `${kind}: ${areaLabel(view.itemValue)}`;
  const label = localize(view.itemLabel, language);
  if (!label || label === view.itemValue) return `${kind}: ${view.itemValue}`;
  return view.itemKind === 'keywords' ? `${kind}: ${label}` : `${kind}: ${label} (${view.itemValue})`;
}

/**
 * The recipient's name, in the UI language when `label` (the view's recipientLabel) has it,
 * else the stored Finnish name; DigiFinland and the county also say what they receive (the
 * county can also be a recipient as a service owner, so its two roles must read apart).
 */
export function recipientText(recipient: Recipient, t: TFunction, label?: LocalizedText | null, language = 'fi'): string {
  const name = localize(label, language) || recipient.name;
  return recipient.kind === 'organization' ? name : t(`changeRequests.recipientLabel.${recipient.kind}`, { name });
}

/** Names an item of a kind (keyword label, class name, area name) for a problem's detail. */
export type ItemLabeler = (kind: 'keywords' | 'serviceClasses' | 'targetGroups' | 'lifeEvents' | 'area', value: string) => string;

const itemKinds = new Set(['keywords', 'serviceClasses', 'targetGroups', 'lifeEvents', 'area']);
const missingReasons = new Set(['not_in_catalogue', 'not_published', 'outside_region', 'blocked', 'excluded_keyword', 'criteria_not_met', 'not_observed']);

/**
 * A problem's detail in words. The check writes it for machines: the items still letting the
 * service in ("keywords:URI area:Municipality:638", "pinned"), the missing Swedish fields
 * ("name,summary"), a missing reason code, or the item itself.
 */
export function problemDetailText(problem: VerificationProblem, t: TFunction, label: ItemLabeler, item: { kind: string | null; value: string | null }): string {
  const detail = problem.detail?.trim();
  if (!detail) return '';
  if (problem.code === 'swedishMissing') return detail.split(',').map((field) => t(`changeRequests.form.${field.trim()}`, { defaultValue: field })).join(', ');
  if (problem.code === 'doesNotSurface' && missingReasons.has(detail)) return t(`missingReason.${detail}`);
  if (detail === item.value && item.kind && itemKinds.has(item.kind)) return label(item.kind as Parameters<ItemLabeler>[0], detail);
  if (problem.code === 'noSuchDescription') return detail;
  return detail
    .split(/\s+/)
    .map((token) => {
      if (token === 'pinned') return t('review.pinned');
      const colon = token.indexOf(':');
      const kind = colon > 0 ? token.slice(0, colon) : '';
      if (!itemKinds.has(kind)) return token;
      return `${t(`reasonKind.${kind}`)}: ${label(kind as Parameters<ItemLabeler>[0], token.slice(colon + 1))}`;
    })
    .join(', ');
}

/**
 * One thing still wrong, with the article it concerns and the detail in words. A problem about
 * an article has its own sentence naming it (each language inflects "article" differently per
 * problem); any other code falls back to the plain problem followed by the article.
 */
export function problemText(problem: VerificationProblem, t: TFunction, articleTitle: (id: string) => string, detail = problem.detail ?? ''): string {
  const plain = t(`changeRequests.problem.${problem.code}`);
  const parts: string[] = [];
  if (problem.articleId) {
    const title = articleTitle(problem.articleId);
    parts.push(t(`changeRequests.problemIn.${problem.code}`, { title, defaultValue: `${plain}, ${t('changeRequests.problem.inArticle', { title })}` }));
  } else {
    parts.push(plain);
  }
  if (detail) parts.push(t('changeRequests.problem.detail', { detail }));
  return parts.join(' ');
}

/** The list's verification cell: fixed, not checked, or how many things are still wrong (the first in words). */
export function verificationText(verification: VerificationResult | null, t: TFunction): string {
  if (!verification) return t('changeRequests.verification.notChecked');
  if (verification.fixed) return t('changeRequests.verification.fixed');
  const first = verification.problems[0];
  const count = t('changeRequests.verification.problems', { count: verification.problems.length });
  return first ? `${count}: ${t(`changeRequests.problem.${first.code}`)}` : count;
}
