import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Dropdown, DropdownItem, InlineAlert, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph, RadioButton, RadioButtonGroup, Text } from 'suomifi-ui-components';
import { changeRequestStates, type ChangeRequestState } from '../../../../shared/domain/change-request';
import type { RecipientGroup } from '../../../../shared/schemas/change-requests-api';
import { ErrorMessage } from '../../components/error-message';
import { useTRPC } from '../../lib/trpc';
import { recipientKey } from '../change-requests/request-filters';
import { recipientFilterOfKey } from '../../../../shared/domain/change-request';
import { recipientText } from '../change-requests/request-words';
import { JobProgress } from '../imports/job-progress';
import { useJob } from '../imports/use-job';
import { defaultChoices, exportFileUrl, exportFormats, exportIdOf, exportInput, isLetter, markSentByDefault, readyToMark, type ExportChoices, type ExportFormat } from './export-input';
import { formatName } from './format-name';
import './exports.css';

export interface ExportDialogProps {
  region: string;
  /** The list's selection; empty: the dialog's recipient and states choose. */
  ids: readonly number[];
  recipients: readonly RecipientGroup[];
  /** How many of the selection are ready to send (they are the ones an export marks sent). */
  readySelected?: number;
  visible: boolean;
  onClose: () => void;
}

/**
 * Export change requests: format, recipient, states, letter language, CSV separator and
 * whether to mark them sent; then the export job's progress, and the file (downloaded at once,
 * and as a link to download again).
 */
export function ExportDialog({ region, ids, recipients, readySelected = 0, visible, onClose }: ExportDialogProps) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [choices, setChoices] = useState<ExportChoices>(() => defaultChoices(ids));
  // The format sets whether to mark sent until the person ticks or unticks it themselves.
  const [markSentTouched, setMarkSentTouched] = useState(false);
  const start = useMutation(trpc.exports.start.mutationOptions());
  const job = useJob(start.data?.id ?? null);
  const exportId = job.data?.status === 'done' ? exportIdOf(job.data.result) : null;
  const downloaded = useRef<number | null>(null);

  useEffect(() => {
    if (exportId === null || downloaded.current === exportId) return;
    downloaded.current = exportId;
    // Requests moved to sent and a new export exists: the list and the history show them.
    void queryClient.invalidateQueries(trpc.changeRequests.pathFilter());
    void queryClient.invalidateQueries(trpc.exports.pathFilter());
    const link = document.createElement('a');
    link.href = exportFileUrl(exportId);
    link.download = '';
    document.body.append(link);
    link.click();
    link.remove();
  }, [exportId, queryClient, trpc]);

  const reset = () => {
    start.reset();
    downloaded.current = null;
    setChoices(defaultChoices(ids));
    setMarkSentTouched(false);
  };
  const close = () => {
    reset();
    onClose();
  };
  useEffect(() => {
    if (visible) {
      setChoices(defaultChoices(ids));
      setMarkSentTouched(false);
    }
  }, [visible]); // eslint-disable-line react-hooks/exhaustive-deps -- a new selection counts when the dialog opens

  const set = (changes: Partial<ExportChoices>) => setChoices((c) => ({ ...c, ...changes }));
  const noStates = choices.ids.length === 0 && choices.states.length === 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (noStates || start.isPending) return;
    start.mutate(exportInput(region, choices));
  };
  const running = start.isPending || (start.data !== undefined && job.data?.status !== 'done' && job.data?.status !== 'failed' && !job.error);
  const phase = start.data === undefined ? 'form' : job.data?.status === 'done' ? 'done' : job.data?.status === 'failed' ? 'failed' : 'running';
  const exportsReady = choices.ids.length > 0 || choices.states.includes('ready');
  const chooseFormat = (format: ExportFormat) => set(markSentTouched ? { format } : { format, markSent: markSentByDefault(format) });
  const willMark = exportsReady ? readyToMark(choices, readySelected, recipients.map((g) => ({ key: recipientKey(g.recipient), ready: g.byState.ready ?? 0 }))) : 0;
  // The form (and its focused button) gives way to the progress: focus follows, so keyboard and screen reader users stay in the dialog.
  const statusRef = useRef<HTMLDivElement>(null);
  const showingStatus = phase !== 'form';
  useEffect(() => {
    if (showingStatus) statusRef.current?.focus();
  }, [showingStatus]);

  return (
    <Modal appElementId="root" ariaLabelledBy="export-dialog-title" visible={visible} onEscKeyDown={close} variant="default" className="lp-export-modal">
      <ModalContent>
        <ModalTitle id="export-dialog-title">{t('exports.dialogTitle')}</ModalTitle>
        {phase === 'form' ? (
          <form id="export-form" className="lp-export-form" onSubmit={submit} noValidate>
            {choices.ids.length > 0 && (
              <InlineAlert status="neutral">
                {t('exports.selection', { count: choices.ids.length })}{' '}
                <Button variant="secondaryNoBorder" onClick={() => set({ ids: [] })}>{t('exports.useFilters')}</Button>
              </InlineAlert>
            )}
            <RadioButtonGroup labelText={t('exports.format')} name="export-format" value={choices.format} onChange={(value) => chooseFormat(value as ExportFormat)}>
              {exportFormats.map((format) => (
                <RadioButton key={format} value={format} hintText={formatHint(t, format)}>
                  {formatName(t, format)}
                </RadioButton>
              ))}
            </RadioButtonGroup>
            {choices.ids.length === 0 && (
              <>
                <Dropdown labelText={t('exports.recipient')} value={choices.recipient} onChange={(value) => set({ recipient: value })}>
                  {[
                    <DropdownItem key="all" value="all">{t('exports.allRecipients')}</DropdownItem>,
                    // An owner known by name only cannot be filtered on the server: select its requests in the list instead.
                    ...recipients.filter((group) => recipientFilterOfKey(recipientKey(group.recipient)) !== null).map((group) => (
                      <DropdownItem key={recipientKey(group.recipient)} value={recipientKey(group.recipient)}>
                        {t('exports.recipientCount', { name: recipientText(group.recipient, t, group.recipientLabel, i18n.language), count: group.total })}
                      </DropdownItem>
                    )),
                  ]}
                </Dropdown>
                <fieldset className="lp-export-states">
                  <legend>{t('exports.states')}</legend>
                  {changeRequestStates.map((state) => (
                    <Checkbox key={state} checked={choices.states.includes(state)} onClick={({ checkboxState }) => set({ states: toggled(choices.states, state, checkboxState) })}>
                      {t(`changeRequests.state.${state}`)}
                    </Checkbox>
                  ))}
                  {noStates && <Text className="lp-export-error">{t('exports.statesRequired')}</Text>}
                </fieldset>
              </>
            )}
            {isLetter(choices.format) && (
              <RadioButtonGroup labelText={t('exports.language')} name="export-language" value={choices.language} onChange={(value) => set({ language: value as 'fi' | 'sv' })}>
                <RadioButton value="fi">{t('exports.languageFi')}</RadioButton>
                <RadioButton value="sv">{t('exports.languageSv')}</RadioButton>
              </RadioButtonGroup>
            )}
            {choices.format === 'csv' && (
              <RadioButtonGroup labelText={t('exports.separator')} name="export-separator" value={choices.csvSeparator} onChange={(value) => set({ csvSeparator: value as ';' | ',' })}>
                <RadioButton value=";" hintText={t('exports.semicolonHint')}>{t('exports.semicolon')}</RadioButton>
                <RadioButton value="," hintText={t('exports.commaHint')}>{t('exports.comma')}</RadioButton>
              </RadioButtonGroup>
            )}
            <Checkbox checked={choices.markSent && exportsReady} disabled={!exportsReady} hintText={t('exports.markSentHint')} onClick={({ checkboxState }) => {
                setMarkSentTouched(true);
                set({ markSent: checkboxState });
              }}>
              {t('exports.markSent')}
            </Checkbox>
            {start.error && <ErrorMessage error={start.error} />}
          </form>
        ) : (
          <div className="lp-export-status" ref={statusRef} tabIndex={-1}>
            {phase === 'running' && job.data && <JobProgress job={job.data} what="export" />}
            {phase === 'running' && !job.data && <Text>{t('exports.starting')}</Text>}
            {job.error && <ErrorMessage error={job.error} />}
            {phase === 'failed' && <ErrorMessage error={{ message: job.data?.error ?? '' }} />}
            {phase === 'done' && <ExportDone result={job.data?.result} exportId={exportId} />}
          </div>
        )}
      </ModalContent>
      <ModalFooter>
        {phase === 'form' ? (
          <>
            <Button type="submit" form="export-form" disabled={running || noStates} aria-describedby="export-consequence">{t('exports.submit')}</Button>
            <Button variant="secondary" onClick={close}>{t('common.cancel')}</Button>
            <Text id="export-consequence" className="lp-export-consequence" data-testid="export-consequence">
              {willMark > 0 ? t('exports.willMarkSent', { count: willMark }) : t('exports.statesUnchanged')}
            </Text>
          </>
        ) : (
          <>
            <Button onClick={close} disabled={phase === 'running'}>{t('common.close')}</Button>
            {phase !== 'running' && <Button variant="secondary" onClick={reset}>{t('exports.another')}</Button>}
          </>
        )}
      </ModalFooter>
    </Modal>
  );
}

function ExportDone({ result, exportId }: { result: unknown; exportId: number | null }) {
  const { t } = useTranslation();
  const r = (typeof result === 'object' && result !== null ? result : {}) as Record<string, unknown>;
  const count = typeof r['requestCount'] === 'number' ? r['requestCount'] : null;
  const marked = Array.isArray(r['markedSent']) ? r['markedSent'].length : null;
  const fileName = typeof r['fileName'] === 'string' ? r['fileName'] : null;
  return (
    <div role="status" className="lp-export-done">
      <Paragraph>{count === null ? t('exports.done') : t('exports.doneCount', { count })}</Paragraph>
      {marked !== null && marked > 0 && <Paragraph>{t('exports.markedSent', { count: marked })}</Paragraph>}
      {exportId !== null ? (
        <Paragraph>
          {t('exports.downloadStarted')} <a href={exportFileUrl(exportId)} download>{t('exports.downloadAgain', { file: fileName ?? '' })}</a>
        </Paragraph>
      ) : (
        <Paragraph>{t('exports.noFile')}</Paragraph>
      )}
    </div>
  );
}

function toggled(states: readonly ChangeRequestState[], state: ChangeRequestState, on: boolean): ChangeRequestState[] {
  const next = states.filter((s) => s !== state);
  return on ? changeRequestStates.filter((s) => next.includes(s) || s === state) : next;
}

function formatHint(t: (key: string) => string, format: ExportFormat): string {
  switch (format) {
    case 'xlsx':
      return t('exports.formatHints.xlsx');
    case 'csv':
      return t('exports.formatHints.csv');
    case 'json':
      return t('exports.formatHints.json');
    case 'html':
      return t('exports.formatHints.html');
    case 'pdf':
      return t('exports.formatHints.pdf');
  }
}
