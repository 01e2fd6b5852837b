import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { useCan } from '../../lib/auth';
import { useSearchParams } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';
import { useWorkbenchParams } from '../../lib/workbench-params';
import { ExportButton } from '../exports/export-button';
import { BulkMove } from './bulk-move';
import { NewRequestDialog } from './new-request-dialog';
import { filterRequests, readRequestFilters, statesParam } from './request-filters';
import { RequestFilterBar } from './request-filter-bar';
import { RequestSummary } from './request-summary';
import { RequestTable } from './request-table';
import { VerificationRuns } from './verification-runs';
import './change-requests.css';

/**
 * Every change request of the region: counts by state and recipient, filters in the URL, a
 * table with a selection to move in bulk (and, for the export dialog, to export), and what
 * the latest import verified.
 */
export function ChangeRequestsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { region } = useWorkbenchParams();
  const [search, update] = useSearchParams();
  const mayManage = useCan('manageRequests');
  // One list of the whole region: the counts stay whole while the table is filtered here.
  const list = useQuery(trpc.changeRequests.list.queryOptions({ region }));
  const all = useMemo(() => list.data?.requests ?? [], [list.data]);
  const filters = readRequestFilters(search);
  const rows = useMemo(() => filterRequests(all, filters), [all, filters.states.join(','), filters.recipient, filters.type, filters.query]); // eslint-disable-line react-hooks/exhaustive-deps
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [creating, setCreating] = useState(false);
  // The selection keeps only requests that still exist (a reload may drop some); the export dialog uses the same ones.
  const selectedViews = all.filter((r) => selected.has(r.id));
  const select = (ids: number[], on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids) if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const change = (changes: Record<string, string | null>) => update(changes, { replace: true });
  return (
    <section aria-labelledby="cr-heading">
      <Heading variant="h1" id="cr-heading">{t('changeRequests.heading')}</Heading>
      <Paragraph className="lp-muted">{t('changeRequests.intro')}</Paragraph>
      {list.error && <ErrorMessage error={list.error} />}
      <div className="lp-cr-summary">
        <RequestSummary
          list={list.data}
          states={filters.states}
          recipient={filters.recipient}
          onStates={(states) => change({ state: statesParam(states) })}
          onRecipient={(key) => change({ to: key })}
        />
        <VerificationRuns region={region} mayCheck={mayManage} />
      </div>
      <RequestFilterBar filters={filters} recipients={list.data?.recipients ?? []} onChange={change} />
      <div className="lp-cr-actions" role="region" aria-label={t('changeRequests.bulk.region')}>
        {mayManage && <Button variant="secondary" onClick={() => setCreating(true)}>{t('changeRequests.form.newButton')}</Button>}
        {/* export */}
        <ExportButton region={region} ids={selectedViews.map((r) => r.id)} readySelected={selectedViews.filter((r) => r.state === 'ready').length} recipients={list.data?.recipients ?? []} />
        {mayManage && selectedViews.length > 0 && (
          <>
            <Text variant="bold">{t('changeRequests.bulk.selected', { count: selectedViews.length })}</Text>
            <BulkMove region={region} selected={selectedViews} onDone={() => setSelected(new Set())} announce={setAnnouncement} />
            <Button variant="secondaryNoBorder" onClick={() => setSelected(new Set())}>{t('changeRequests.bulk.clear')}</Button>
          </>
        )}
      </div>
      <p className="lp-visually-hidden" aria-live="polite" data-testid="cr-announcement">{announcement}</p>
      {announcement && <Text className="lp-small" data-testid="cr-notice">{announcement}</Text>}
      {/* The table's caption shows the count; here it is only announced, and loading or "none" shown. */}
      <Text className={list.isPending || rows.length === 0 ? 'lp-muted' : 'lp-visually-hidden'} aria-live="polite">
        {list.isPending ? t('common.loading') : rows.length === 0 ? t('changeRequests.none') : t('changeRequests.count', { shown: rows.length, total: all.length })}
      </Text>
      <RequestTable
        rows={rows}
        total={all.length}
        busy={list.isPending}
        sort={search.get('sort')}
        onSort={(value) => change({ sort: value })}
        selected={mayManage ? selected : null}
        onSelect={select}
        search={search}
      />
      {mayManage && (
        <NewRequestDialog
          region={region}
          visible={creating}
          onClose={() => setCreating(false)}
          onSaved={(text) => {
            setCreating(false);
            setAnnouncement(text);
          }}
        />
      )}
    </section>
  );
}
