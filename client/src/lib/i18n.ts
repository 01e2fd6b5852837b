import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import fi from '../locales/fi.json';
import sv from '../locales/sv.json';

export const uiLanguages = ['fi', 'sv', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('lp-language') : null;

void i18n.use(initReactI18next).init({
  resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
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
