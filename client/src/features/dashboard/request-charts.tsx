import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { changeRequestStates, openStates } from '../../../../shared/domain/change-request';
import { ageBuckets, type DashboardView, type RecipientName } from '../../../../shared/schemas/dashboard-api';
import { formatDay } from '../../lib/format-date';
import { localize } from '../../lib/localize';
import { ChartCard } from './chart-card';
import { accent, formatNumber, hideZero, legendOrder } from './dashboard-format';

type Requests = DashboardView['requests'];
type Translate = ReturnType<typeof useTranslation>['t'];
const recipientsShown = 10;

/**
 * A recipient in the words of the change request list (its keys, so the two views never name
 * one differently): DigiFinland and the county also say what they receive, as the county can
 * also receive requests as a service owner.
 */
function recipientName(recipient: RecipientName, t: Translate, language: string): string {
  const name = localize(recipient.label, language) || recipient.name;
  return recipient.kind === 'organization' ? name : t(`changeRequests.recipientLabel.${recipient.kind}`, { name });
}

export function RequestsByState({ requests }: { requests: Requests }) {
  const { t, i18n } = useTranslation();
  // The states as the change request list names them.
  const rows = changeRequestStates.map((s) => ({ state: s, name: t(`changeRequests.state.${s}`), count: requests.byState[s], open: openStates.includes(s) }));
  return (
    <ChartCard
      id="request-states"
      title={t('dashboard.requestsByState')}
      summary={t('dashboard.requestsByStateSummary', { total: requests.total, open: requests.open, verified: requests.byState.verified })}
      table={{ caption: t('dashboard.requestsByState'), head: [t('dashboard.state'), t('dashboard.requests')], rows: rows.map((r) => ({ key: r.state, label: r.name, values: [r.count] })) }}
    >
      {requests.total === 0 ? (
        <p className="lp-muted">{t('dashboard.noRequests')}</p>
      ) : (
        // Bars across, names on the left: the states' names ("Ilmoitettu tehdyksi", "Anmäld som utförd") are too long to sit side by side under columns.
        <ResponsiveContainer width="100%" height={60 + rows.length * 34}>
          <BarChart data={rows} layout="vertical" accessibilityLayer margin={{ left: 8, right: 32 }}>
            <CartesianGrid horizontal={false} stroke="#e3e7ea" />
            <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => formatNumber(v, i18n.language)} />
            <YAxis type="category" dataKey="name" width={150} interval={0} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Bar dataKey="count" name={t('dashboard.requests')} isAnimationActive={false}>
              {/* Open states in blue, closed ones grey: the axis label says which state, the colour only groups. */}
              {rows.map((r) => (
                <Cell key={r.state} fill={r.open ? accent.primary : accent.grey} />
              ))}
              <LabelList dataKey="count" position="right" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  );
}

export function RequestsByRecipient({ requests }: { requests: Requests }) {
  const { t, i18n } = useTranslation();
  const rows = requests.byRecipient.map((r) => ({ key: r.key, name: recipientName(r, t, i18n.language), open: r.open, closed: r.total - r.open, total: r.total }));
  const shown = rows.slice(0, recipientsShown);
  const top = rows[0];
  return (
    <ChartCard
      id="request-recipients"
      title={t('dashboard.requestsByRecipient')}
      summary={top ? t('dashboard.requestsByRecipientSummary', { count: rows.length, name: top.name, total: top.total, open: top.open }) : t('dashboard.noRequests')}
      table={{ caption: t('dashboard.requestsByRecipient'), head: [t('dashboard.recipientHead'), t('dashboard.open'), t('dashboard.closed'), t('dashboard.total')], rows: rows.map((r) => ({ key: r.key, label: r.name, values: [r.open, r.closed, r.total] })) }}
    >
      {rows.length === 0 ? (
        <p className="lp-muted">{t('dashboard.noRequests')}</p>
      ) : (
        <>
          <ResponsiveContainer width="100%" height={90 + shown.length * 34}>
            <BarChart data={shown} layout="vertical" accessibilityLayer margin={{ left: 8, right: 24 }}>
              <CartesianGrid horizontal={false} stroke="#e3e7ea" />
              <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => formatNumber(v, i18n.language)} />
              <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} />
              <Tooltip />
              <Legend itemSorter={legendOrder(['open', 'closed'])} />
              <Bar dataKey="open" stackId="r" name={t('dashboard.open')} fill={accent.primary} isAnimationActive={false}>
                <LabelList dataKey="open" position="center" fill="#fff" fontSize={12} formatter={hideZero} />
              </Bar>
              <Bar dataKey="closed" stackId="r" name={t('dashboard.closed')} fill={accent.grey} isAnimationActive={false}>
                <LabelList dataKey="closed" position="center" fill="#1f2428" fontSize={12} formatter={hideZero} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
          {rows.length > shown.length && <p className="lp-small lp-muted">{t('dashboard.recipientsMore', { count: rows.length - shown.length })}</p>}
        </>
      )}
    </ChartCard>
  );
}

export function RequestAges({ requests }: { requests: Requests }) {
  const { t, i18n } = useTranslation();
  const rows = ageBuckets.map((b) => ({ bucket: b, name: t(`dashboard.age.${b}`), count: requests.age[b] }));
  const oldest = requests.oldestOpen;
  return (
    <ChartCard
      id="request-ages"
      title={t('dashboard.requestAge')}
      summary={oldest ? t('dashboard.requestAgeSummary', { open: requests.open, code: oldest.code, days: oldest.days, day: formatDay(oldest.createdAt, i18n.language), recipient: recipientName(oldest.recipient, t, i18n.language) }) : t('dashboard.noOpenRequests')}
      table={{ caption: t('dashboard.requestAge'), head: [t('dashboard.ageHead'), t('dashboard.openRequests')], rows: rows.map((r) => ({ key: r.bucket, label: r.name, values: [r.count] })) }}
    >
      {requests.open === 0 ? (
        <p className="lp-muted">{t('dashboard.noOpenRequests')}</p>
      ) : (
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={rows} accessibilityLayer margin={{ top: 20, right: 8 }}>
            <CartesianGrid vertical={false} stroke="#e3e7ea" />
            <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tickFormatter={(v: number) => formatNumber(v, i18n.language)} />
            <Tooltip />
            <Bar dataKey="count" name={t('dashboard.openRequests')} isAnimationActive={false}>
              {rows.map((r, i) => (
                // Older buckets darker and warmer: the order on the axis carries the meaning, colour repeats it.
                <Cell key={r.bucket} fill={['#9cc3e6', '#5b9bd5', '#e08a4a', '#b5441a'][i]} />
              ))}
              <LabelList dataKey="count" position="top" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  );
}
