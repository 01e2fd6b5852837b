import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { formatDateTime } from '../lib/format-date';
import { localize } from '../lib/localize';
import { useTRPC } from '../lib/trpc';
import { useWorkbenchParams } from '../lib/workbench-params';

/** Region under review and the snapshot to compare with. */
export function WorkbenchBar() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { region, compare, setRegion, setCompare } = useWorkbenchParams();
  const regions = useQuery({ ...trpc.catalogue.regions.queryOptions(), staleTime: Infinity });
  const snapshots = useQuery(trpc.catalogue.snapshots.queryOptions());
  const older = (snapshots.data ?? []).slice(1);
  const none = 'none';
  return (
    <div className="lp-workbench-bar">
      <Dropdown labelText={t('shell.region')} value={region} onChange={setRegion}>
        {(regions.data ?? [{ code: region, name: { fi: region, sv: region }, municipalityCount: 0 }]).map((r) => (
          <DropdownItem key={r.code} value={r.code}>{localize(r.name, i18n.language)}</DropdownItem>
        ))}
      </Dropdown>
      <Dropdown labelText={t('shell.compareWith')} value={compare ? String(compare) : none} onChange={(v) => setCompare(v === none ? null : Number(v))}>
        {[
          <DropdownItem key={none} value={none}>{t('shell.noCompare')}</DropdownItem>,
          ...older.map((s) => (
            <DropdownItem key={s.id} value={String(s.id)}>{t('shell.snapshot', { id: s.id, date: formatDateTime(s.createdAt, i18n.language) })}</DropdownItem>
          )),
        ]}
      </Dropdown>
    </div>
  );
}
