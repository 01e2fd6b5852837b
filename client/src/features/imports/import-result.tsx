import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { AppLink } from '../../components/app-link';
import { linkTo, useSearchKeys } from '../../lib/router';
import { useTRPC } from '../../lib/trpc';
import { formatCount } from './format-size';
import { importSummary, verificationSummary } from './import-summary';

/** What a finished import brought: the new snapshot and its counts, and which change requests it verified. */
export function ImportResult({ kind, result }: { kind: 'catalogue' | 'articles'; result: unknown }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatCount(value, i18n.language);
  const summary = importSummary(kind, result);
  const rows: [string, string][] =
    summary.kind === 'catalogue'
      ? [
          [t('imports.result.snapshot'), summary.snapshotId === null ? t('imports.result.noSnapshot') : `#${summary.snapshotId}`],
          [t('imports.result.services'), n(summary.services)],
          [t('imports.result.organizations'), n(summary.organizations)],
          [t('imports.result.archived'), n(summary.archived)],
          [t('imports.result.skipped'), summary.skipped.length === 0 ? n(0) : summary.skipped.map((s) => `${s.what} ${n(s.count)}`).join(', ')],
        ]
      : [
          [t('imports.result.articles'), n(summary.articles)],
          [t('imports.result.created'), n(summary.created)],
          [t('imports.result.updated'), n(summary.updated)],
          [t('imports.result.unchanged'), n(summary.unchanged)],
          [t('imports.result.regions'), n(summary.regions)],
        ];
  return (
    <section aria-labelledby="import-result-heading" className="lp-import-result">
      <Heading variant="h2" id="import-result-heading">{t('imports.result.heading', { file: summary.fileName })}</Heading>
      <dl className="lp-import-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <VerifiedRequests result={result} />
    </section>
  );
}

function VerifiedRequests({ result }: { result: unknown }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const search = useSearchKeys(['region']);
  const verification = verificationSummary(result);
  // Codes without an id are found in their region's list, for the links to each request.
  const lookups = useQueries({
    queries: [...new Set(verification?.runs.filter((run) => run.verified.some((v) => v.id === null)).map((run) => run.region) ?? [])].map((region) =>
      trpc.changeRequests.list.queryOptions({ region }),
    ),
  });
  if (!verification) return null;
  const idOf = new Map(lookups.flatMap((q) => q.data?.requests.map((r) => [r.code, r.id] as const) ?? []));
  const checked = verification.runs.reduce((sum, run) => sum + run.checked, 0);
  const verified = verification.runs.flatMap((run) => run.verified.map((v) => ({ code: v.code, id: v.id ?? idOf.get(v.code) ?? null, region: run.region })));
  const stillOpen = verification.runs.reduce((sum, run) => sum + run.stillOpen, 0);
  return (
    <div className="lp-import-verified">
      <Heading variant="h3">{t('imports.verification.heading')}</Heading>
      {verification.error !== null && (
        <InlineAlert status="warning">{t('imports.verification.failed', { message: verification.error })}</InlineAlert>
      )}
      {verification.error === null && checked === 0 && <Paragraph>{t('imports.verification.noneOpen')}</Paragraph>}
      {checked > 0 && (
        <>
          <Paragraph>{t('imports.verification.checked', { count: checked })}</Paragraph>
          <Paragraph>
            {verified.length === 0 ? t('imports.verification.noneVerified') : `${t('imports.verification.verified', { count: verified.length })}: `}
            {verified.map((v, i) => (
              <span key={v.code}>
                {i > 0 && ', '}
                {v.id === null ? v.code : <AppLink href={linkTo(`/change-requests/${v.id}`, v.region ? new URLSearchParams({ region: v.region }) : search)}>{v.code}</AppLink>}
              </span>
            ))}
          </Paragraph>
          {stillOpen > 0 && <Paragraph>{t('imports.verification.stillOpen', { count: stillOpen })}</Paragraph>}
        </>
      )}
    </div>
  );
}
