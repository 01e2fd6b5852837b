import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/app-link';
import { Button, InlineAlert, LanguageMenu, LanguageMenuItem, SkipLink, Text } from 'suomifi-ui-components';
import { PageErrorBoundary } from '../components/page-error-boundary';
import { ArticlesList } from '../features/articles-list/articles-list';
import { uiLanguages } from '../lib/i18n';
import { linkTo, usePath, useSearchKeys } from '../lib/router';
import { WorkbenchBar } from './workbench-bar';

// The articles list is the first view; the others load when first opened.
const ArticleReview = lazy(() => import('../features/article-review/article-review').then((m) => ({ default: m.ArticleReview })));
const CatalogueView = lazy(() => import('../features/catalogue/catalogue-view').then((m) => ({ default: m.CatalogueView })));
const FlagsList = lazy(() => import('../features/flags/flags-list').then((m) => ({ default: m.FlagsList })));
const RequestsList = lazy(() => import('../features/description-requests/requests-list').then((m) => ({ default: m.RequestsList })));

const languageNames = { fi: 'Suomeksi (FI)', sv: 'På svenska (SV)', en: 'In English (EN)' } as const;
const sections = [
  { path: '/', key: 'articles' },
  { path: '/catalogue', key: 'catalogue' },
  { path: '/flags', key: 'flags' },
  { path: '/requests', key: 'requests' },
] as const;

function Page({ path }: { path: string }) {
  const article = /^\/articles\/(.+)$/.exec(path);
  if (article) {
    const articleId = safeDecode(article[1]!);
    return <ArticleReview key={articleId} articleId={articleId} />;
  }
  if (path === '/catalogue') return <CatalogueView />;
  if (path === '/flags') return <FlagsList />;
  if (path === '/requests') return <RequestsList />;
  return <ArticlesList />;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function AppShell() {
  const { t, i18n } = useTranslation();
  const path = usePath();
  const search = useSearchKeys(['region', 'compare']);
  const current = (uiLanguages as readonly string[]).includes(i18n.language) ? (i18n.language as keyof typeof languageNames) : 'fi';
  const section = path.startsWith('/articles/') ? 'articles' : (sections.find((s) => s.path === path)?.key ?? 'articles');
  useEffect(() => {
    document.title = `${t(`nav.${section}`)} – ${t('app.name')}`;
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
          {sections.map((s) => {
            const href = linkTo(s.path, search);
            return (
              <AppLink key={s.key} href={href} aria-current={section === s.key ? 'page' : undefined}>
                {t(`nav.${s.key}`)}
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
      </header>
      <WorkbenchBar />
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
            <Page path={path} />
          </Suspense>
        </PageErrorBoundary>
      </main>
    </>
  );
}
