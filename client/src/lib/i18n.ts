import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import fi from '../locales/fi.json';
import sv from '../locales/sv.json';

export const uiLanguages = ['fi', 'sv', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

type Tree = Record<string, unknown>;

// Each feature keeps its texts in locales/features/<feature>.<lang>.json under its own top-level key.
const featureFiles = import.meta.glob<Tree>('../locales/features/*.json', { eager: true, import: 'default' });

function withFeatures(core: Tree, language: UiLanguage): Tree {
  const merged: Tree = { ...core };
  for (const [path, texts] of Object.entries(featureFiles)) if (path.endsWith(`.${language}.json`)) Object.assign(merged, texts);
  return merged;
}

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('lp-language') : null;

void i18n.use(initReactI18next).init({
  resources: { fi: { translation: withFeatures(fi, 'fi') }, sv: { translation: withFeatures(sv, 'sv') }, en: { translation: withFeatures(en, 'en') } },
  lng: uiLanguages.includes(stored as UiLanguage) ? (stored as UiLanguage) : 'fi',
  fallbackLng: 'fi',
  interpolation: { escapeValue: false }, // React escapes
});

// Screen readers pronounce by the page's lang, so it must follow the UI language from the start.
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  localStorage.setItem('lp-language', lng);
});

export default i18n;
