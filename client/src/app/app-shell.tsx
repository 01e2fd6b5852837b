import { useTranslation } from 'react-i18next';
import { Heading, LanguageMenu, LanguageMenuItem, Text } from 'suomifi-ui-components';
import { ArticlesOverview } from '../features/articles-overview/articles-overview';
import { uiLanguages } from '../lib/i18n';

const languageNames = { fi: 'Suomeksi (FI)', sv: 'På svenska (SV)', en: 'In English (EN)' } as const;

export function AppShell() {
  const { t, i18n } = useTranslation();
  const current = (uiLanguages as readonly string[]).includes(i18n.language) ? (i18n.language as keyof typeof languageNames) : 'fi';
  return (
    <>
      <header className="lp-header">
        <div>
          <Heading variant="h3" as="p">{t('app.name')}</Heading>
          <Text smallScreen color="depthDark1">{t('app.tagline')}</Text>
        </div>
        <LanguageMenu buttonText={languageNames[current]} aria-label={`${t("app.language")}: ${languageNames[current]}`}>
          {uiLanguages.map((lng) => (
            <LanguageMenuItem key={lng} lang={lng} selected={lng === current} onSelect={() => void i18n.changeLanguage(lng)}>
              {languageNames[lng]}
            </LanguageMenuItem>
          ))}
        </LanguageMenu>
      </header>
      <main className="lp-main">
        <ArticlesOverview />
      </main>
    </>
  );
}
