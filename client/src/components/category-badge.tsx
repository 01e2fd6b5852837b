import { useTranslation } from 'react-i18next';

export type Category = 'ok' | 'unreviewed' | 'unwanted' | 'missing' | 'cleared';

/** A diff category as a coloured label; colour is never the only signal (the word is always shown). */
export function CategoryBadge({ category, count }: { category: Category; count?: number }) {
  const { t } = useTranslation();
  return (
    <span className={`lp-badge lp-badge-${category}`}>
      {t(`category.${category}`)}
      {count !== undefined ? ` ${count}` : ''}
    </span>
  );
}
