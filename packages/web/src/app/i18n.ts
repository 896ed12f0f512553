import type { Locale } from '@pacer/core';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { accountsText } from '../features/accounts/accounts.i18n';
import { activitiesText } from '../features/activities/activities.i18n';
import { authText } from '../features/auth/auth.i18n';
import { boardText } from '../features/board/board.i18n';
import { callReportsText } from '../features/call-reports/call-reports.i18n';
import { compText } from '../features/comp/comp.i18n';
import { contactsText } from '../features/contacts/contacts.i18n';
import { customFieldsText } from '../features/custom-fields/custom-fields.i18n';
import { dealsText } from '../features/deals/deals.i18n';
import { estimatesText } from '../features/estimates/estimates.i18n';
import { goalsText } from '../features/goals/goals.i18n';
import { homeText } from '../features/home/home.i18n';
import { importsText } from '../features/imports/imports.i18n';
import { incentivesText } from '../features/incentives/incentives.i18n';
import { leaderboardText } from '../features/leaderboard/leaderboard.i18n';
import { leadsText } from '../features/leads/leads.i18n';
import { myDayText } from '../features/my-day/my-day.i18n';
import { peopleText } from '../features/people/people.i18n';
import { pipelinesText } from '../features/pipelines/pipelines.i18n';
import { productsText } from '../features/products/products.i18n';
import { profileText } from '../features/profile/profile.i18n';
import { quickLogText, shortcutsText } from '../features/quick-log/quick-log.i18n';
import { recordsText } from '../features/records/records.i18n';
import { regionsText } from '../features/regions/regions.i18n';
import { searchText } from '../features/search/search.i18n';
import { settingsText } from '../features/settings/settings.i18n';
import { myTeamText } from '../features/team/team.i18n';
import { teamsText } from '../features/teams/teams.i18n';
import { wallChartText } from '../features/wall-chart/wall-chart.i18n';
import { setApiLanguage } from '../lib/api-client';
import { commonText } from '../lib/i18n/common.i18n';

/** All strings in one language: common words at the top, each feature under its own key. */
const translationIn = (locale: Locale) => ({
  ...commonText[locale],
  auth: authText[locale],
  home: homeText[locale],
  myDay: myDayText[locale],
  callReports: callReportsText[locale],
  imports: importsText[locale],
  myTeam: myTeamText[locale],
  goals: goalsText[locale],
  wallChart: wallChartText[locale],
  comp: compText[locale],
  leaderboard: leaderboardText[locale],
  incentives: incentivesText[locale],
  people: peopleText[locale],
  teams: teamsText[locale],
  regions: regionsText[locale],
  settings: settingsText[locale],
  profile: profileText[locale],
  records: recordsText[locale],
  accounts: accountsText[locale],
  contacts: contactsText[locale],
  leads: leadsText[locale],
  deals: dealsText[locale],
  activities: activitiesText[locale],
  estimates: estimatesText[locale],
  products: productsText[locale],
  pipelines: pipelinesText[locale],
  customFields: customFieldsText[locale],
  board: boardText[locale],
  quickLog: quickLogText[locale],
  shortcuts: shortcutsText[locale],
  search: searchText[locale],
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
