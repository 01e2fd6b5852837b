import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/app-link';
import { Button, InlineAlert, LanguageMenu, LanguageMenuItem, SkipLink, Text } from 'suomifi-ui-components';
import { PageErrorBoundary } from '../components/page-error-boundary';
import { ArticlesList } from '../features/articles-list/articles-list';
import { uiLanguages } from '../lib/i18n';
import { linkTo, usePath, useSearchKeys } from '../lib/router';
import { WorkbenchBar } from './workbench-bar';
import { useMe, type Me } from '../lib/auth';
import { SignInPage } from '../features/auth/sign-in-page';
import { UserMenu } from '../features/auth/user-menu';
import { can, type Action } from '../../../shared/domain/permissions';

// The articles list is the first view; the others load when first opened.
const ArticleReview = lazy(() => import('../features/article-review/article-review').then((m) => ({ default: m.ArticleReview })));
const CatalogueView = lazy(() => import('../features/catalogue/catalogue-view').then((m) => ({ default: m.CatalogueView })));
const FlagsList = lazy(() => import('../features/flags/flags-list').then((m) => ({ default: m.FlagsList })));
const RequestsList = lazy(() => import('../features/description-requests/requests-list').then((m) => ({ default: m.RequestsList })));
const UsersPage = lazy(() => import('../features/users/users-page').then((m) => ({ default: m.UsersPage })));
const AccountPage = lazy(() => import('../features/auth/account-page').then((m) => ({ default: m.AccountPage })));
const InvitePage = lazy(() => import('../features/auth/invite-page').then((m) => ({ default: m.InvitePage })));
const WorkshopsRoutes = lazy(() => import('../features/workshops/workshops-routes').then((m) => ({ default: m.WorkshopsRoutes })));
const ChangeRequestsRoutes = lazy(() => import('../features/change-requests/change-requests-routes').then((m) => ({ default: m.ChangeRequestsRoutes })));
const ExportsPage = lazy(() => import('../features/exports/exports-page').then((m) => ({ default: m.ExportsPage })));
const ImportPage = lazy(() => import('../features/imports/import-page').then((m) => ({ default: m.ImportPage })));
const DashboardPage = lazy(() => import('../features/dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })));

const languageNames = { fi: 'Suomeksi (FI)', sv: 'På svenska (SV)', en: 'In English (EN)' } as const;
/**
 * Top-level views; each shows only to those whose role may use it (the server checks again).
 * `label` is a feature's own locale key, for a section whose label is not a core `nav.*` key.
 */
const sections: readonly { path: string; key: string; needs: Action; label?: string }[] = [
  { path: '/', key: 'articles', needs: 'read' },
  { path: '/catalogue', key: 'catalogue', needs: 'read' },
  { path: '/flags', key: 'flags', needs: 'flag' },
  { path: '/requests', key: 'requests', needs: 'requestDescription' },
  { path: '/change-requests', key: 'changeRequests', needs: 'read', label: 'changeRequests.nav' },
  { path: '/workshops', key: 'workshops', needs: 'read', label: 'workshops.nav' },
  { path: '/dashboard', key: 'dashboard', needs: 'read', label: 'dashboard.nav' },
  { path: '/exports', key: 'exports', needs: 'manageRequests', label: 'exports.nav' },
  { path: '/imports', key: 'imports', needs: 'importCatalogue', label: 'imports.nav' },
  { path: '/users', key: 'users', needs: 'manageUsers', label: 'users.nav' },
];

const sectionLabel = (key: string) => sections.find((s) => s.key === key)?.label ?? `nav.${key}`;

function visibleSections(me: Me) {
  const actor = { id: me.id, role: me.role, topics: me.topics, workshopIds: me.workshopIds };
  return sections.filter((s) => can(actor, s.needs));
}

function Page({ path }: { path: string }) {
  const article = /^\/articles\/(.+)$/.exec(path);
  if (article) {
    const articleId = safeDecode(article[1]!);
    return <ArticleReview key={articleId} articleId={articleId} />;
  }
  if (path === '/catalogue') return <CatalogueView />;
  if (path === '/flags') return <FlagsList />;
  if (path === '/requests') return <RequestsList />;
  if (path === '/workshops' || path.startsWith('/workshops/')) return <WorkshopsRoutes path={path} />;
  if (path === '/change-requests' || path.startsWith('/change-requests/')) return <ChangeRequestsRoutes path={path} />;
  if (path === '/dashboard') return <DashboardPage />;
  if (path === '/exports') return <ExportsPage />;
  if (path === '/imports') return <ImportPage />;
  if (path === '/users') return <UsersPage />;
  if (path === '/account') return <AccountPage />;
  if (path === '/invite') return <InvitePage />;
  return <ArticlesList />;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Pages open without signing in. */
function PublicPage({ path }: { path: string }) {
  if (path === '/invite') return <InvitePage />;
  return <SignInPage key={path} />;
}

export function AppShell() {
  const me = useMe();
  const path = usePath();
  if (me === undefined) return null;
  if (me === null) return <Frame me={null} path={path} />;
  return <Frame me={me} path={path} />;
}

function Frame({ me, path }: { me: Me | null; path: string }) {
  const { t, i18n } = useTranslation();
  const search = useSearchKeys(['region', 'compare']);
  const current = (uiLanguages as readonly string[]).includes(i18n.language) ? (i18n.language as keyof typeof languageNames) : 'fi';
  const shown = me ? visibleSections(me) : [];
  // Signed out, every path shows the sign-in page (or the invitation), and the tab says so.
  const section = !me
    ? path === '/invite'
      ? 'invite'
      : 'signIn'
    : path.startsWith('/articles/')
      ? 'articles'
      : path.startsWith('/workshops/')
        ? 'workshops'
        : path.startsWith('/change-requests/')
          ? 'changeRequests'
        : path === '/account'
          ? 'account'
          : path === '/invite'
            ? 'invite'
            : (sections.find((s) => s.path === path)?.key ?? 'articles');
  useEffect(() => {
    const titles: Record<string, string> = { signIn: t('auth.signInTitle'), invite: t('auth.invite.formLabel'), account: t('auth.account.heading') };
    document.title = `${titles[section] ?? t(sectionLabel(section))} – ${t('app.name')}`;
  }, [section, t]);
  // After moving to another view, start reading from its content (not from the top bar).
  const firstPath = useRef(path);
  useEffect(() => {
    const main = document.getElementById('main');
    if (path !== firstPath.current && !main?.contains(document.activeElement)) main?.focus({ preventScroll: true });
  }, [path]);
  return (
    <>
      <SkipLink href="#main">{t('shell.skipToContent')}</SkipLink>
      <header className="lp-header">
        <div className="lp-brand">
          <AppLink href={linkTo('/', search)} className="lp-brand-name">{t('app.name')}</AppLink>
          <Text smallScreen className="lp-muted">{t('app.tagline')}</Text>
        </div>
        <nav aria-label={t('shell.navigation')} className="lp-nav">
          {shown.map((s) => {
            const href = linkTo(s.path, search);
            return (
              <AppLink key={s.key} href={href} aria-current={section === s.key ? 'page' : undefined}>
                {t(s.label ?? `nav.${s.key}`)}
              </AppLink>
            );
          })}
        </nav>
        <LanguageMenu buttonText={languageNames[current]} aria-label={`${t('app.language')}: ${languageNames[current]}`}>
          {uiLanguages.map((lng) => (
            <LanguageMenuItem key={lng} lang={lng} selected={lng === current} onSelect={() => void i18n.changeLanguage(lng)}>
              {languageNames[lng]}
            </LanguageMenuItem>
          ))}
        </LanguageMenu>
        {me && <UserMenu me={me} />}
      </header>
      {me && <WorkbenchBar />}
      <main className="lp-main" id="main" tabIndex={-1}>
        <PageErrorBoundary
          resetKey={path}
          fallback={(reload) => (
            <InlineAlert status="error">
              {t('errors.page')} <Button variant="secondaryNoBorder" onClick={reload}>{t('errors.reload')}</Button>
            </InlineAlert>
          )}
        >
          <Suspense fallback={<Text>{t('common.loading')}</Text>}>
            {me ? <Page path={path} /> : <PublicPage path={path} />}
          </Suspense>
        </PageErrorBoundary>
      </main>
    </>
  );
}
