import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import type { RecipientGroup } from '../../../../shared/schemas/change-requests-api';
import { useCan } from '../../lib/auth';
import { ExportDialog } from './export-dialog';

/** The change request list's "Export" button (managers only): opens the export dialog for the selection or by filters. */
export function ExportButton({ region, ids, readySelected, recipients }: { region: string; ids: readonly number[]; readySelected: number; recipients: readonly RecipientGroup[] }) {
  const { t } = useTranslation();
  const mayExport = useCan('manageRequests');
  const [open, setOpen] = useState(false);
  if (!mayExport) return null;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {ids.length > 0 ? t('exports.buttonSelected', { count: ids.length }) : t('exports.button')}
      </Button>
      <ExportDialog region={region} ids={ids} readySelected={readySelected} recipients={recipients} visible={open} onClose={() => setOpen(false)} />
    </>
  );
}
