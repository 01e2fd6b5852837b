import { useTranslation } from 'react-i18next';
import { ExternalLink, Heading, Text } from 'suomifi-ui-components';
import { CategoryBadge } from '../../components/category-badge';
import { localize } from '../../lib/localize';
import { RuleSummary } from './rule-summary';
import { categoryOrder, type ArticleDetail } from './review-types';

/** Title in both languages, topic, status, link to Omaperhe and the counts per category. */
export function ArticleHeader({ detail }: { detail: ArticleDetail }) {
  const { t, i18n } = useTranslation();
  const { article } = detail;
  const other = i18n.language === 'sv' ? article.title.fi : article.title.sv;
  return (
    <header className="lp-article-header">
      <Heading variant="h1" id="article-heading">{localize(article.title, i18n.language)}</Heading>
      {other && <Text className="lp-muted" lang={i18n.language === 'sv' ? 'fi' : 'sv'}>{other}</Text>}
      <p className="lp-meta">
        <span>{t('articles.topic')}: {article.topic}</span>
        <span data-testid="article-status">{t('articles.status')}: {t(`status.${detail.status}`)}</span>
        {article.url && /^https?:\/\//.test(article.url) && (
          <ExternalLink href={article.url} labelNewWindow={t('common.opensInNewWindow')}>{t('review.openInOmaperhe')}</ExternalLink>
        )}
      </p>
      <RuleSummary detail={detail} />
      <p className="lp-counts">
        {categoryOrder.map((category) => (
          <CategoryBadge key={category} category={category} count={detail.counts[category]} />
        ))}
      </p>
    </header>
  );
}
