import { useTranslation } from 'react-i18next';
import { formatCount } from './format-size';
import { ProgressMeter } from './progress-meter';
import type { JobState } from './use-job';

type Work = 'catalogue' | 'articles' | 'export';

/** A running server job's progress in words: its phase, and how far (services read, requests written). */
export function JobProgress({ job, what }: { job: Pick<JobState, 'progress'>; what: Work }) {
  const { t, i18n } = useTranslation();
  const { phase, done, total } = job.progress;
  const phaseText = phaseWords(t, phase);
  const amount = total === null ? formatCount(done, i18n.language) : t('imports.progress.ofTotal', { done: formatCount(done, i18n.language), total: formatCount(total, i18n.language) });
  const counted = what === 'catalogue' ? t('imports.progress.services', { count: done, amount }) : what === 'articles' ? t('imports.progress.articles', { count: done, amount }) : t('imports.progress.requests', { count: done, amount });
  const text = phase === 'start' || (done === 0 && total === null) ? phaseText : `${phaseText}: ${counted}`;
  const label = what === 'export' ? t('imports.progress.exportLabel') : t('imports.progress.importLabel');
  return <ProgressMeter label={label} done={done} total={total} text={text} announce={phaseText} />;
}

function phaseWords(t: (key: string) => string, phase: string): string {
  switch (phase) {
    case 'start':
      return t('imports.phase.start');
    case 'read':
      return t('imports.phase.read');
    case 'write':
      return t('imports.phase.write');
    case 'verify':
      return t('imports.phase.verify');
    case 'select':
      return t('imports.phase.select');
    case 'render':
      return t('imports.phase.render');
    case 'save':
      return t('imports.phase.save');
    default:
      return phase;
  }
}
