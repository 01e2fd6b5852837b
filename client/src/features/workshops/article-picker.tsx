import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Text } from 'suomifi-ui-components';
import { localize } from '../../lib/localize';

export interface PickableArticle {
  id: string;
  title: { fi: string; sv: string };
  topic: string;
}

/**
 * The articles in a workshop's scope: a checkbox list of the chosen topics' articles (all
 * articles when no topic is chosen), with select all and clear for the shown ones.
 */
export function ArticlePicker({ articles, topics, selected, onChange }: { articles: readonly PickableArticle[]; topics: readonly string[]; selected: readonly string[]; onChange: (ids: string[]) => void }) {
  const { t, i18n } = useTranslation();
  const shown = topics.length === 0 ? articles : articles.filter((a) => topics.includes(a.topic));
  const chosen = new Set(selected);
  // Keep the articles' own order, whatever order they were ticked in.
  const set = (next: Set<string>) => onChange(articles.filter((a) => next.has(a.id)).map((a) => a.id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    set(next);
  };
  return (
    <fieldset className="lp-ws-fieldset">
      <legend>{t('workshops.articlesInScope')}</legend>
      <Text className="lp-small lp-muted">{t('workshops.articlesHint')}</Text>
      <div className="lp-actions">
        <Button variant="secondary" onClick={() => set(new Set([...chosen, ...shown.map((a) => a.id)]))}>{t('workshops.selectAllShown', { count: shown.length })}</Button>
        <Button variant="secondaryNoBorder" onClick={() => set(new Set([...chosen].filter((id) => !shown.some((a) => a.id === id))))}>{t('workshops.clearShown')}</Button>
        <Text className="lp-small" aria-live="polite">{t('workshops.articlesChosen', { count: chosen.size })}</Text>
      </div>
      <ul className="lp-ws-checklist">
        {shown.map((a) => (
          <li key={a.id}>
            <Checkbox id={`ws-article-${a.id}`} checked={chosen.has(a.id)} onClick={({ checkboxState }) => toggle(a.id, checkboxState)}>
              {localize(a.title, i18n.language)} <span className="lp-muted">({a.topic})</span>
            </Checkbox>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
