import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph, Textarea } from 'suomifi-ui-components';
import type { ChangeRequestState } from '../../../../shared/domain/change-request';

/**
 * Asks before a request is rejected or withdrawn, with the reason: it goes into the move's
 * note, so the history says why the request was closed.
 */
export function CloseRequestDialog({
  code,
  to,
  busy,
  onConfirm,
  onCancel,
}: {
  code: string;
  /** The closing state, or null when the dialog is hidden. */
  to: ChangeRequestState | null;
  busy: boolean;
  onConfirm: (note: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    setNote('');
    setTouched(false);
  }, [to]);
  const missing = note.trim() === '';
  const confirm = () => {
    setTouched(true);
    if (!missing) onConfirm(note.trim());
  };
  const state = to ? t(`changeRequests.state.${to}`) : '';
  return (
    <Modal appElementId="root" ariaLabelledBy="cr-close-title" visible={to !== null} onEscKeyDown={onCancel} variant="default">
      <ModalContent>
        <ModalTitle id="cr-close-title">{t('changeRequests.close.title', { code, state })}</ModalTitle>
        <Paragraph>{t(to === 'rejected' ? 'changeRequests.close.rejectedHint' : 'changeRequests.close.withdrawnHint')}</Paragraph>
        <Textarea
          labelText={t('changeRequests.close.reason')}
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
          status={touched && missing ? 'error' : 'default'}
          statusText={touched && missing ? t('changeRequests.close.reasonRequired') : undefined}
          fullWidth
        />
      </ModalContent>
      <ModalFooter>
        <Button onClick={confirm} disabled={busy}>{t('changeRequests.close.confirm', { state })}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>
      </ModalFooter>
    </Modal>
  );
}
