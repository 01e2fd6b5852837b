import { useTranslation } from 'react-i18next';
import { Checkbox, Dropdown, DropdownItem, SearchInput } from 'suomifi-ui-components';
import { categories, statuses, type ArticleFilters } from './article-filters';

/** Free-text search and the topic, status and category filters of the articles view. */
export function ArticleFilterBar({ filters, topics, comparing, onChange }: { filters: ArticleFilters; topics: string[]; comparing: boolean; onChange: (changes: Record<string, string | null>) => void }) {
  const { t } = useTranslation();
  const all = '__all';
  return (
    <div className="lp-toolbar" role="search">
      <SearchInput
        labelText={t('articles.search')}
        clearButtonLabel={t('common.clear')}
        searchButtonLabel={t('articles.search')}
        defaultValue={filters.query}
        debounce={120}
        onChange={(value) => onChange({ q: String(value) })}
        onSearch={(value) => onChange({ q: String(value) })}
      />
      <Dropdown labelText={t('articles.topic')} value={filters.topic || all} onChange={(value) => onChange({ topic: value === all ? null : value })}>
        {[all, ...topics].map((topic) => (
          <DropdownItem key={topic} value={topic}>
            {topic === all ? t('common.all') : topic}
          </DropdownItem>
        ))}
      </Dropdown>
      <Dropdown labelText={t('articles.status')} value={filters.status || all} onChange={(value) => onChange({ status: value === all ? null : value })}>
        {[all, ...statuses].map((status) => (
          <DropdownItem key={status} value={status}>
            {status === all ? t('common.all') : t(`status.${status}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      <Dropdown labelText={t('articles.hasCategory')} value={filters.has || all} onChange={(value) => onChange({ has: value === all ? null : value })}>
        {[all, ...categories].map((category) => (
          <DropdownItem key={category} value={category}>
            {category === all ? t('common.all') : t(`category.${category}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      {comparing && (
        <Checkbox checked={filters.changed} onClick={({ checkboxState }) => onChange({ changed: checkboxState ? '1' : null })}>
          {t('articles.onlyChanged')}
        </Checkbox>
      )}
    </div>
  );
}
