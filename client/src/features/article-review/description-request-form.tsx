import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Modal, ModalContent, ModalFooter, ModalTitle, SingleSelect, TextInput, Textarea } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { StringsMultiSelect } from '../../components/strings-multi-select';
import { keywordLabel, useCodeLabels } from '../../lib/code-labels';
import { localize } from '../../lib/localize';
import { useTRPC } from '../../lib/trpc';
import type { ArticleDetail } from './review-types';

type Lang = 'fi' | 'sv';
const empty = { name: { fi: '', sv: '' }, summary: { fi: '', sv: '' }, description: { fi: '', sv: '' } };

/**
 * Requests a new service description for a service the catalogue lacks: name, summary and
 * description in Finnish and Swedish, the owner, suggested keywords/classes/target groups
 * (from the article's rule) and the articles it should appear in.
 */
export function DescriptionRequestForm({ region, article, ruleLabels, visible, onClose, onSaved }: { region: string; article: ArticleDetail['article']; ruleLabels: ArticleDetail['ruleKeywordLabels']; visible: boolean; onClose: () => void; onSaved: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const codeLabel = useCodeLabels(i18n.language);
  const [text, setText] = useState(empty);
  const [organization, setOrganization] = useState<{ id: string; name: string } | null>(null);
  const [suggested, setSuggested] = useState<Set<string>>(() => new Set([...article.rule.keywords, ...article.rule.serviceClasses, ...article.rule.targetGroups]));
  const [articleIds, setArticleIds] = useState<string[]>([article.id]);
  const [touched, setTouched] = useState(false);
  const organizations = useQuery({ ...trpc.catalogue.organizations.queryOptions(), enabled: visible, staleTime: 300_000 });
  const articles = useQuery({ ...trpc.articles.list.queryOptions({ region }), enabled: visible });
  const orgItems = useMemo(() => (organizations.data ?? []).map((o) => ({ uniqueItemId: o.id, labelText: localize(o.name, i18n.language) || o.id })), [organizations.data, i18n.language]);
  const articleItems = useMemo(() => (articles.data?.articles ?? []).map((a) => ({ uniqueItemId: a.id, labelText: localize(a.title, i18n.language) })), [articles.data, i18n.language]);
  const create = useMutation(
    trpc.descriptionRequests.create.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries({ queryKey: trpc.descriptionRequests.pathKey() });
        setText(empty);
        setTouched(false);
        onSaved(result.id);
      },
    }),
  );
  const missing = (['name', 'summary', 'description'] as const).flatMap((field) => (['fi', 'sv'] as const).filter((lang) => text[field][lang].trim() === '').map((lang) => `${field}.${lang}`));
  const orgMissing = organization === null;
  const field = (name: 'name' | 'summary' | 'description', lang: Lang) => {
    const error = touched && text[name][lang].trim() === '';
    const props = {
      labelText: t(`request.${name}`, { lang: t(`language.${lang}`) }),
      value: text[name][lang],
      status: error ? ('error' as const) : ('default' as const),
      statusText: error ? t('request.required') : undefined,
      fullWidth: true,
      lang,
    };
    const set = (value: string) => setText((prev) => ({ ...prev, [name]: { ...prev[name], [lang]: value } }));
    return name === 'name' ? <TextInput {...props} onChange={(v) => set(String(v ?? ''))} /> : <Textarea {...props} onChange={(e) => set(e.target.value)} />;
  };
  const submit = () => {
    setTouched(true);
    if (missing.length > 0 || orgMissing || articleIds.length === 0) return;
    const pick = (codes: readonly string[]) => codes.filter((c) => suggested.has(c));
    create.mutate({
      region,
      name: text.name,
      summary: text.summary,
      description: text.description,
      organizationId: organization.id,
      organizationName: organization.name,
      keywords: pick(article.rule.keywords),
      serviceClasses: pick(article.rule.serviceClasses),
      targetGroups: pick(article.rule.targetGroups),
      articleIds,
    });
  };
  const toggle = (code: string) => setSuggested((prev) => { const next = new Set(prev); if (next.has(code)) next.delete(code); else next.add(code); return next; });
  return (
    <Modal appElementId="root" ariaLabelledBy="request-dialog-title" visible={visible} onEscKeyDown={onClose} variant="default" scrollable>
      <ModalContent>
        <ModalTitle id="request-dialog-title">{t('request.title')}</ModalTitle>
        <div className="lp-two-columns">
          {(['fi', 'sv'] as const).map((lang) => (
            <fieldset key={lang} className="lp-fieldset">
              <legend>{t(`language.${lang}`)}</legend>
              {field('name', lang)}
              {field('summary', lang)}
              {field('description', lang)}
            </fieldset>
          ))}
        </div>
        <SingleSelect
          className="lp-gap"
          labelText={t('request.organization')}
          clearButtonLabel={t('common.clear')}
          items={orgItems}
          selectedItem={organization ? orgItems.find((o) => o.uniqueItemId === organization.id) ?? null : null}
          onItemSelectionChange={(item) => setOrganization(item ? { id: item.uniqueItemId, name: item.labelText } : null)}
          noItemsText={t('common.noResults')}
          ariaOptionsAvailableTextFunction={(n) => t('common.optionsAvailable', { count: n })}
          status={touched && orgMissing ? 'error' : 'default'}
          statusText={touched && orgMissing ? t('request.required') : undefined}
          fullWidth
        />
        <fieldset className="lp-fieldset lp-gap">
          <legend>{t('request.suggested')}</legend>
          {article.rule.keywords.map((uri) => (
            <Checkbox key={uri} checked={suggested.has(uri)} onClick={() => toggle(uri)}>{`${t('reasonKind.keywords')}: ${keywordLabel(uri, ruleLabels, i18n.language)}`}</Checkbox>
          ))}
          {article.rule.serviceClasses.map((code) => (
            <Checkbox key={code} checked={suggested.has(code)} onClick={() => toggle(code)}>{`${t('reasonKind.serviceClasses')}: ${codeLabel('serviceClasses', code)}`}</Checkbox>
          ))}
          {article.rule.targetGroups.map((code) => (
            <Checkbox key={code} checked={suggested.has(code)} onClick={() => toggle(code)}>{`${t('reasonKind.targetGroups')}: ${codeLabel('targetGroups', code)}`}</Checkbox>
          ))}
        </fieldset>
        <StringsMultiSelect className="lp-gap" labelText={t('request.articles')} items={articleItems} selected={articleIds} onChange={setArticleIds} />
        {create.error && <ErrorMessage error={create.error} />}
      </ModalContent>
      <ModalFooter>
        <Button onClick={submit} disabled={create.isPending}>{t('request.save')}</Button>
        <Button variant="secondary" onClick={onClose}>{t('common.cancel')}</Button>
      </ModalFooter>
    </Modal>
  );
}
