import type { Locale } from '@pacer/core';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { authText } from '../features/auth/auth.i18n';
import { homeText } from '../features/home/home.i18n';
import { peopleText } from '../features/people/people.i18n';
import { profileText } from '../features/profile/profile.i18n';
import { regionsText } from '../features/regions/regions.i18n';
import { settingsText } from '../features/settings/settings.i18n';
import { myTeamText } from '../features/team/team.i18n';
import { teamsText } from '../features/teams/teams.i18n';
import { setApiLanguage } from '../lib/api-client';
import { commonText } from '../lib/i18n/common.i18n';

/** All strings in one language: common words at the top, each feature under its own key. */
const translationIn = (locale: Locale) => ({
  ...commonText[locale],
  auth: authText[locale],
  home: homeText[locale],
  myTeam: myTeamText[locale],
  people: peopleText[locale],
  teams: teamsText[locale],
  regions: regionsText[locale],
  settings: settingsText[locale],
  profile: profileText[locale],
});

const english = translationIn('en');

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof english };
  }
}

/** Start i18next in the given language; later switches go through i18next.changeLanguage. */
export const initI18n = async (locale: Locale): Promise<void> => {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    setApiLanguage(language);
  });
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: translationIn('en') }, de: { translation: translationIn('de') } },
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: ['en', 'de'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
};
