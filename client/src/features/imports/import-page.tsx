import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, FileInput, Heading, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { ErrorMessage, type ShownError } from '../../components/error-message';
import { formatSize } from './format-size';
import { ImportResult } from './import-result';
import { JobProgress } from './job-progress';
import { ProgressMeter } from './progress-meter';
import { uploadFile, type UploadKind } from './upload-file';
import { useJob } from './use-job';
import './imports.css';

type Upload = { step: 'idle' } | { step: 'sending'; sent: number; total: number } | { step: 'refused'; error: ShownError };

/**
 * The managers' page for bringing in a catalogue (PTV JSON) or an articles file from the
 * browser: the upload shows bytes sent, then the server's import job its progress, then what
 * the import brought and which change requests it verified.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<UploadKind>('catalogue');
  const [file, setFile] = useState<File | null>(null);
  const [incremental, setIncremental] = useState(false);
  const [touched, setTouched] = useState(false);
  const [upload, setUpload] = useState<Upload>({ step: 'idle' });
  const [started, setStarted] = useState<{ jobId: string; kind: UploadKind } | null>(null);
  // A new FileInput after each import: the component keeps its own file list.
  const [inputKey, setInputKey] = useState(0);
  const abort = useRef<AbortController | null>(null);
  const job = useJob(started?.jobId ?? null);
  const status = job.data?.status;

  useEffect(() => {
    // The catalogue and the articles everyone sees may have changed: reload every cached answer.
    if (status === 'done') void queryClient.invalidateQueries();
  }, [status, started?.jobId, queryClient]);
  useEffect(() => () => abort.current?.abort(), []);

  const busy = upload.step === 'sending' || (started !== null && (status === 'running' || status === undefined) && !job.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!file || busy) return;
    const controller = new AbortController();
    abort.current = controller;
    setStarted(null);
    setUpload({ step: 'sending', sent: 0, total: file.size });
    try {
      const outcome = await uploadFile(kind, file, { incremental, signal: controller.signal, onProgress: (sent, total) => setUpload({ step: 'sending', sent, total }) });
      if (outcome.ok) {
        setUpload({ step: 'idle' });
        setStarted({ jobId: outcome.jobId, kind });
      } else setUpload({ step: 'refused', error: refusal(outcome.status, outcome.message) });
    } catch (error) {
      if ((error as Error).name === 'AbortError') setUpload({ step: 'idle' });
      else setUpload({ step: 'refused', error: { message: t('imports.networkError') } });
    }
  };
  const refusal = (status: number, message: string): ShownError => {
    if (status === 401) return { message, data: { code: 'UNAUTHORIZED' } };
    if (status === 403) return { message, data: { code: 'FORBIDDEN' } };
    if (status === 413) return { message: t('imports.tooLarge') };
    if (status === 415) return { message: t('imports.wrongType') };
    return { message };
  };
  const startOver = () => {
    setStarted(null);
    setFile(null);
    setTouched(false);
    setUpload({ step: 'idle' });
    setInputKey((k) => k + 1);
  };

  return (
    <section aria-labelledby="imports-heading" className="lp-imports-page">
      <Heading variant="h1" id="imports-heading">{t('imports.heading')}</Heading>
      <Paragraph className="lp-imports-intro">{t('imports.intro')}</Paragraph>
      <form className="lp-imports-form" onSubmit={(e) => void submit(e)} noValidate aria-describedby="imports-all-or-nothing">
        <RadioButtonGroup
          labelText={t('imports.what')}
          name="import-kind"
          value={kind}
          onChange={(value) => {
            setKind(value as UploadKind);
            startOver();
          }}
        >
          <RadioButton value="catalogue" hintText={t('imports.catalogueHint')} disabled={busy}>{t('imports.catalogue')}</RadioButton>
          <RadioButton value="articles" hintText={t('imports.articlesHint')} disabled={busy}>{t('imports.articles')}</RadioButton>
        </RadioButtonGroup>
        <FileInput
          key={`${kind}-${inputKey}`}
          labelText={kind === 'catalogue' ? t('imports.catalogueFile') : t('imports.articlesFile')}
          hintText={kind === 'catalogue' ? t('imports.catalogueFileHint') : t('imports.articlesFileHint')}
          inputButtonText={t('imports.chooseFile')}
          dragAreaText={t('imports.dragFile')}
          removeFileText={t('imports.removeFile')}
          addedFileAriaText={t('imports.addedFile')}
          accept={kind === 'catalogue' ? '.json,application/json' : '.json,.csv,application/json,text/csv'}
          disabled={busy}
          status={touched && !file ? 'error' : 'default'}
          statusText={touched && !file ? t('imports.fileRequired') : undefined}
          onChange={(files) => {
            setFile(files.item(0));
            setUpload({ step: 'idle' });
          }}
          fullWidth
        />
        {kind === 'catalogue' && (
          <Checkbox checked={incremental} disabled={busy} hintText={t('imports.incrementalHint')} onClick={({ checkboxState }) => setIncremental(checkboxState)}>
            {t('imports.incremental')}
          </Checkbox>
        )}
        <p id="imports-all-or-nothing" className="lp-muted lp-small">{t('imports.allOrNothing')}</p>
        <div className="lp-imports-actions">
          <Button type="submit" disabled={busy}>{t('imports.start')}</Button>
          {upload.step === 'sending' && (
            <Button variant="secondary" onClick={() => abort.current?.abort()}>{t('imports.cancelUpload')}</Button>
          )}
        </div>
      </form>

      {upload.step === 'sending' && (
        <ProgressMeter
          label={t('imports.uploading', { file: file?.name ?? '' })}
          done={upload.sent}
          total={upload.total}
          text={t('imports.uploaded', { sent: formatSize(upload.sent, i18n.language), total: formatSize(upload.total, i18n.language) })}
          announce={t('imports.uploadStarted')}
        />
      )}
      {upload.step === 'refused' && <ErrorMessage error={upload.error} />}
      {started && job.error && <ErrorMessage error={job.error} />}
      {started && job.data?.status === 'running' && <JobProgress job={job.data} what={started.kind} />}
      {started && job.data?.status === 'failed' && (
        <div className="lp-imports-failed">
          <ErrorMessage error={{ message: job.data.error ?? '' }} />
          <Paragraph>{t('imports.nothingChanged')}</Paragraph>
        </div>
      )}
      <p className="lp-visually-hidden" role="status">{started && status === 'done' ? t('imports.doneAnnounce') : ''}</p>
      {started && job.data?.status === 'done' && (
        <>
          <ImportResult kind={started.kind} result={job.data.result} />
          <Button variant="secondary" onClick={startOver}>{t('imports.another')}</Button>
        </>
      )}
    </section>
  );
}
