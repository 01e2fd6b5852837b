import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, Text, Textarea } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { formatDateTime } from '../../lib/format-date';
import { useTRPC } from '../../lib/trpc';
import { draftOf, maxValueLength, ruleFields, ruleOfDraft, tooLongLines, type RuleDraft, type RuleField } from './rule-fields';
import './rules.css';

/**
 * "Edit filters" for managers: the article's rule as one text area per list, one value per
 * line. It saves against the version it loaded, so a change someone made meanwhile (or an
 * import) comes back as a conflict naming them, and the form then shows their rule.
 */
export function RuleEditor({ articleId }: { articleId: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<RuleDraft | null>(null);
  const [base, setBase] = useState<number | null>(null);
  const [touched, setTouched] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const stored = useQuery({ ...trpc.rules.get.queryOptions({ articleId }), enabled: open });
  const loaded = open ? stored.data : undefined;

  // The form starts from the stored rule each time it opens (fetched afresh, so the version is current).
  useEffect(() => {
    if (loaded && draft === null) {
      setDraft(draftOf(loaded.rule));
      setBase(loaded.version);
    }
  }, [loaded, draft]);

  const refreshViews = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.articles.diff.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.articles.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.services.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.rules.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.history.pathKey() }),
    ]);
  const update = useMutation(
    trpc.rules.update.mutationOptions({
      onSuccess: async () => {
        close();
        await refreshViews();
      },
      onError: async (error) => {
        if (error.data?.code !== 'CONFLICT') return;
        // The one error component names who changed it; the form shows their rule to start again from.
        await refreshViews();
        const fresh = await queryClient.fetchQuery(trpc.rules.get.queryOptions({ articleId }));
        setDraft(draftOf(fresh.rule));
        setBase(fresh.version);
      },
    }),
  );

  function close() {
    setOpen(false);
    setDraft(null);
    setBase(null);
    setTouched(false);
    update.reset();
  }
  const tooLong = draft ? tooLongLines(draft) : [];
  const save = () => {
    setTouched(true);
    if (!draft || base === null || tooLong.length > 0) return;
    update.mutate({ articleId, version: base, rule: ruleOfDraft(draft) });
  };
  const setField = (field: RuleField, value: string) => setDraft((current) => (current ? { ...current, [field]: value } : current));

  return (
    <>
      <Button variant="secondary" ref={opener} onClick={() => setOpen(true)} data-testid="edit-rule">
        {t('rules.edit')}
      </Button>
      <Modal appElementId="root" ariaLabelledBy="rule-editor-title" visible={open} onEscKeyDown={close} focusOnCloseRef={opener} variant="default" scrollable>
        <ModalContent>
          <ModalTitle id="rule-editor-title">{t('rules.title')}</ModalTitle>
          {/* First under the title, so a conflict is seen without scrolling through the lists. */}
          {update.error && <ErrorMessage error={update.error} />}
          {stored.error && <ErrorMessage error={stored.error} />}
          {!draft && !stored.error && <Text>{t('common.loading')}</Text>}
          {draft && loaded && (
            <>
              <Text className="lp-small lp-muted">{t('rules.lastChanged', { by: loaded.updatedBy, at: formatDateTime(loaded.updatedAt, i18n.language) })}</Text>
              <p className="lp-small">{t('rules.intro')}</p>
              <div className="lp-rule-form">
                {ruleFields.map((field) => (
                  <Textarea
                    key={field}
                    id={`rule-field-${field}`}
                    labelText={t(`rules.field.${field}`)}
                    hintText={t(`rules.hint.${field}`)}
                    value={draft[field]}
                    onChange={(e) => setField(field, e.target.value)}
                    status={touched && tooLong.includes(field) ? 'error' : 'default'}
                    statusText={touched && tooLong.includes(field) ? t('rules.tooLong', { max: maxValueLength }) : undefined}
                    resize="vertical"
                    rows={field === 'keywords' || field === 'excludeKeywords' ? 4 : 3}
                    spellCheck={false}
                    fullWidth
                  />
                ))}
              </div>
            </>
          )}
        </ModalContent>
        <ModalFooter>
          <Button onClick={save} disabled={!draft || update.isPending}>{t('rules.save')}</Button>
          <Button variant="secondary" onClick={close}>{t('common.cancel')}</Button>
        </ModalFooter>
      </Modal>
    </>
  );
}
