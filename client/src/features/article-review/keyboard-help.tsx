import { useTranslation } from 'react-i18next';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle } from 'suomifi-ui-components';

const shortcuts = [
  ['j / ↓', 'next'],
  ['k / ↑', 'previous'],
  ['i', 'include'],
  ['e', 'exclude'],
  ['u', 'undo'],
  ['f', 'flag'],
  ['x', 'select'],
  ['c', 'comment'],
  ['?', 'help'],
] as const;

/** The list of triage shortcuts, opened with "?". */
export function KeyboardHelp({ visible, onClose }: { visible: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal appElementId="root" ariaLabelledBy="keys-dialog-title" visible={visible} onEscKeyDown={onClose} variant="default">
      <ModalContent>
        <ModalTitle id="keys-dialog-title">{t('keys.title')}</ModalTitle>
        <dl className="lp-keys">
          {shortcuts.map(([key, action]) => (
            <div key={action}>
              <dt><kbd>{key}</kbd></dt>
              <dd>{t(`keys.${action}`)}</dd>
            </div>
          ))}
        </dl>
      </ModalContent>
      <ModalFooter>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </ModalFooter>
    </Modal>
  );
}
