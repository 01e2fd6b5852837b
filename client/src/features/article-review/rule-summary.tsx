import { useTranslation } from 'react-i18next';
import { useCan } from '../../lib/auth';
import { keywordLabel, useCodeLabels } from '../../lib/code-labels';
import { RuleEditor } from '../rules/rule-editor';
import type { ArticleDetail } from './review-types';

/**
 * The article's filters (rajaukset ja asiasanat) that DigiFinland sets, folded away until
 * asked for; managers also get the editor beside them.
 */
export function RuleSummary({ detail }: { detail: ArticleDetail }) {
  const { t, i18n } = useTranslation();
  const mayEdit = useCan('editRule');
  const codeLabel = useCodeLabels(i18n.language);
  const { rule } = detail.article;
  const rows: [string, string[]][] = [
    [t('reasonKind.keywords'), rule.keywords.map((uri) => keywordLabel(uri, detail.ruleKeywordLabels, i18n.language))],
    [t('reasonKind.serviceClasses'), rule.serviceClasses.map((code) => codeLabel('serviceClasses', code))],
    [t('reasonKind.targetGroups'), rule.targetGroups.map((code) => codeLabel('targetGroups', code))],
    [t('reasonKind.lifeEvents'), rule.lifeEvents.map((code) => codeLabel('lifeEvents', code))],
    [t('rule.excludeKeywords'), rule.excludeKeywords.map((uri) => keywordLabel(uri, detail.ruleKeywordLabels, i18n.language))],
    [t('rule.pinned'), rule.pinned.length > 0 ? [String(rule.pinned.length)] : []],
    [t('rule.blocked'), rule.blocked.length > 0 ? [String(rule.blocked.length)] : []],
  ];
  return (
    <div className="lp-rule-bar">
      <details className="lp-rule">
        <summary>{t('rule.heading')}</summary>
        <dl className="lp-facts">
          {rows
            .filter(([, values]) => values.length > 0)
            .map(([label, values]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{values.join(', ')}</dd>
              </div>
            ))}
        </dl>
      </details>
      {mayEdit && <RuleEditor articleId={detail.article.id} />}
    </div>
  );
}
