import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, Heading, RadioButton, RadioButtonGroup, Text, TextInput } from 'suomifi-ui-components';
import { AppLink } from '../../components/app-link';
import { ErrorMessage } from '../../components/error-message';
import { StringsMultiSelect } from '../../components/strings-multi-select';
import { linkTo, navigate, useSearchKeys } from '../../lib/router';
import { useTRPC, type RouterOutputs } from '../../lib/trpc';
import { useWorkbenchParams } from '../../lib/workbench-params';
import { ArticlePicker } from './article-picker';
import { PeoplePicker } from './people-picker';
import './workshops.css';

type Workshop = RouterOutputs['workshops']['get'];

interface Draft {
  name: string;
  topics: string[];
  date: string;
  deadline: string;
  mode: 'live' | 'async';
  facilitatorId: number | null;
  articleIds: string[];
  participantIds: number[];
}

const today = () => new Date().toISOString().slice(0, 10);
const draftOf = (w: Workshop | undefined): Draft =>
  w
    ? { name: w.name, topics: w.topics, date: w.date, deadline: w.deadline ?? '', mode: w.mode, facilitatorId: w.facilitator?.id ?? null, articleIds: w.articles.map((a) => a.id), participantIds: w.participants.map((p) => p.id) }
    : { name: '', topics: [], date: today(), deadline: '', mode: 'async', facilitatorId: null, articleIds: [], participantIds: [] };

/** A new workshop, or an existing one (by id) to edit; the form waits for the workshop to load. */
export function WorkshopForm({ id }: { id?: number }) {
  const trpc = useTRPC();
  const existing = useQuery({ ...trpc.workshops.get.queryOptions({ id: id ?? 1 }), enabled: id !== undefined });
  if (id !== undefined && existing.error) return <ErrorMessage error={existing.error} />;
  if (id !== undefined && !existing.data) return null;
  // Keyed by the workshop, not its version: a refetch (e.g. after a conflict) must not remount the form and lose its message.
  return <WorkshopFormFields key={id ?? 'new'} workshop={id === undefined ? undefined : existing.data} />;
}

function WorkshopFormFields({ workshop }: { workshop: Workshop | undefined }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keep = useSearchKeys(['region', 'compare']);
  const workbench = useWorkbenchParams();
  const region = workshop?.region ?? workbench.region;
  const [draft, setDraft] = useState<Draft>(() => draftOf(workshop));
  // The version the draft started from; saves are checked against it, not against whatever was refetched since.
  const [base, setBase] = useState<number | null>(workshop?.version ?? null);
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const topics = useQuery(trpc.catalogue.topics.queryOptions());
  const people = useQuery(trpc.workshops.people.queryOptions());
  const articles = useQuery(trpc.articles.list.queryOptions({ region }));
  const done = async (id: number) => {
    await queryClient.invalidateQueries({ queryKey: trpc.workshops.pathKey() });
    navigate(linkTo(`/workshops/${id}`, keep));
  };
  const create = useMutation(trpc.workshops.create.mutationOptions({ onSuccess: (r) => done(r.id) }));
  const update = useMutation(
    trpc.workshops.update.mutationOptions({
      onSuccess: (r) => done(r.id),
      // Someone else saved first: the one error component names them, and the form starts over from their version.
      onError: async (error, input) => {
        if (error.data?.code !== 'CONFLICT') return;
        await queryClient.invalidateQueries({ queryKey: trpc.workshops.get.queryKey({ id: input.id }) });
        const fresh = await queryClient.fetchQuery(trpc.workshops.get.queryOptions({ id: input.id })).catch(() => undefined);
        if (!fresh) return; // the failed reload shows as the workshop's own error
        setDraft(draftOf(fresh));
        setBase(fresh.version);
      },
    }),
  );
  const busy = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  const topicItems = [...new Set([...(topics.data ?? []), ...draft.topics])].map((topic) => ({ uniqueItemId: topic, labelText: topic }));
  const leaders = (people.data ?? []).filter((p) => p.role === 'manager' || p.role === 'lead' || p.id === draft.facilitatorId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { ...draft, name: draft.name.trim(), deadline: draft.deadline || null, region };
    if (workshop) update.mutate({ ...input, id: workshop.id, version: base ?? workshop.version });
    else create.mutate(input);
  };
  return (
    <form className="lp-ws-form" onSubmit={submit} aria-labelledby="ws-form-heading" noValidate>
      <AppLink className="lp-back" href={linkTo(workshop ? `/workshops/${workshop.id}` : '/workshops', keep)}>← {t('workshops.back')}</AppLink>
      <Heading variant="h1" id="ws-form-heading">{workshop ? t('workshops.editHeading') : t('workshops.createHeading')}</Heading>
      <TextInput labelText={t('workshops.name')} value={draft.name} onChange={(v) => change({ name: String(v ?? '') })} maxLength={200} fullWidth />
      <StringsMultiSelect labelText={t('workshops.topics')} hintText={t('workshops.topicsHint')} items={topicItems} selected={draft.topics} onChange={(topics) => change({ topics })} />
      <RadioButtonGroup labelText={t('workshops.mode')} name="ws-mode" value={draft.mode} onChange={(v) => change({ mode: v as Draft['mode'] })}>
        <RadioButton value="async" hintText={t('workshops.modeAsyncHint')}>{t('workshops.modeAsync')}</RadioButton>
        <RadioButton value="live" hintText={t('workshops.modeLiveHint')}>{t('workshops.modeLive')}</RadioButton>
      </RadioButtonGroup>
      <div className="lp-ws-dates">
        <label className="lp-ws-date">
          <span>{t('workshops.date')}</span>
          <input type="date" value={draft.date} required onChange={(e) => change({ date: e.target.value })} />
        </label>
        <label className="lp-ws-date">
          <span>{draft.mode === 'async' ? t('workshops.deadline') : t('workshops.deadlineOptional')}</span>
          <input type="date" value={draft.deadline} onChange={(e) => change({ deadline: e.target.value })} aria-describedby="ws-deadline-hint" />
          <span id="ws-deadline-hint" className="lp-small lp-muted">{t('workshops.deadlineHint')}</span>
        </label>
      </div>
      <Dropdown
        labelText={t('workshops.facilitator')}
        value={draft.facilitatorId === null ? 'none' : String(draft.facilitatorId)}
        onChange={(v) => change({ facilitatorId: v === 'none' ? null : Number(v) })}
      >
        {[
          <DropdownItem key="none" value="none">{t('workshops.noFacilitator')}</DropdownItem>,
          ...leaders.map((p) => <DropdownItem key={p.id} value={String(p.id)}>{`${p.name} (${t(`roles.${p.role}`)})`}</DropdownItem>),
        ]}
      </Dropdown>
      {articles.error && <ErrorMessage error={articles.error} />}
      <ArticlePicker articles={articles.data?.articles ?? []} topics={draft.topics} selected={draft.articleIds} onChange={(articleIds) => change({ articleIds })} />
      {people.error && <ErrorMessage error={people.error} />}
      <PeoplePicker people={people.data ?? []} selected={draft.participantIds} onChange={(participantIds) => change({ participantIds })} />
      {error && <ErrorMessage error={error} />}
      <div className="lp-actions">
        <Button type="submit" disabled={busy || draft.name.trim() === ''}>{workshop ? t('workshops.saveChanges') : t('workshops.createSubmit')}</Button>
        {busy && <Text className="lp-small">{t('workshops.saving')}</Text>}
      </div>
    </form>
  );
}
