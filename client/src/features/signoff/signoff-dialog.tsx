import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph, Textarea } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { useTRPC } from '../../lib/trpc';

export type SignoffMode = 'signOff' | 'sendBack';

interface Props {
  region: string;
  articleId: string;
  /** Which action the dialog is open for, or null when closed. */
  mode: SignoffMode | null;
  /** The decisions version the lead's screen shows: a change made by someone since is a conflict. */
  baseVersion: number;
  summary: { snapshot: number | null; included: number; excluded: number };
  onClose: () => void;
  onDone: (mode: SignoffMode) => void;
}

/** Confirms a sign-off (with an optional comment) or a send-back (a comment is required). */
export function SignoffDialog({ region, articleId, mode, baseVersion, summary, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    setComment('');
    setTouched(false);
  }, [mode]);
  // Whatever happened, the article, its list row, its history and this panel show the new state.
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.signoffs.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.articles.diff.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.articles.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.history.pathKey() }),
    ]);
  const finish = async (done: SignoffMode) => {
    await refresh();
    onDone(done);
  };
  const signOff = useMutation(trpc.signoffs.signOff.mutationOptions({ onSuccess: () => finish('signOff'), onError: () => void refresh() }));
  const sendBack = useMutation(trpc.signoffs.sendBack.mutationOptions({ onSuccess: () => finish('sendBack') }));
  useEffect(() => {
    signOff.reset();
    sendBack.reset();
  }, [mode]); // eslint-disable-line react-hooks/exhaustive-deps
  const reasonMissing = mode === 'sendBack' && comment.trim() === '';
  const busy = signOff.isPending || sendBack.isPending;
  const submit = () => {
    setTouched(true);
    if (mode === 'signOff') signOff.mutate({ region, articleId, baseVersion, snapshotId: summary.snapshot, comment: comment.trim() || null });
    else if (mode === 'sendBack' && !reasonMissing) sendBack.mutate({ region, articleId, comment: comment.trim() });
  };
  const error = mode === 'signOff' ? signOff.error : sendBack.error;
  return (
    <Modal appElementId="root" ariaLabelledBy="signoff-dialog-title" visible={mode !== null} onEscKeyDown={onClose} variant="default">
      <ModalContent>
        <ModalTitle id="signoff-dialog-title">{mode === 'sendBack' ? t('signoff.sendBackTitle') : t('signoff.signOffTitle')}</ModalTitle>
        {mode === 'signOff' && <Paragraph className="lp-signoff-summary">{t('signoff.signOffSummary', summary)}</Paragraph>}
        <Textarea
          className="lp-gap"
          labelText={mode === 'sendBack' ? t('signoff.sendBackReason') : t('signoff.commentOptional')}
          hintText={mode === 'sendBack' ? t('signoff.sendBackHint') : undefined}
          value={comment}
          maxLength={2000}
          onChange={(e) => setComment(e.target.value)}
          onBlur={() => setTouched(true)}
          status={touched && reasonMissing ? 'error' : 'default'}
          statusText={touched && reasonMissing ? t('signoff.reasonRequired') : undefined}
          fullWidth
        />
        {error && <ErrorMessage error={error} />}
      </ModalContent>
      <ModalFooter>
        <Button onClick={submit} disabled={busy}>{mode === 'sendBack' ? t('signoff.confirmSendBack') : t('signoff.confirmSignOff')}</Button>
        <Button variant="secondary" onClick={onClose}>{t('common.cancel')}</Button>
      </ModalFooter>
    </Modal>
  );
}
