import { defineText } from '../../lib/i18n/language';

export const searchText = defineText({
  en: {
    placeholder: 'Search accounts, contacts, leads and deals…',
    placeholderShort: 'Search…',
    button: 'Search',
    results: 'Search results',
    nothingFound: 'Nothing found',
    quickActions: 'Quick actions',
    actions: {
      board: 'Open the pipeline board',
    },
    footer: 'Accounts, contacts, leads and deals you may see',
    typeToSearch: 'Type two letters or more to search',
    navigate: 'to move',
    open: 'to open',
  },
  de: {
    placeholder: 'Firmen, Kontakte, Leads und Deals suchen…',
    placeholderShort: 'Suchen…',
    button: 'Suchen',
    results: 'Suchergebnisse',
    nothingFound: 'Nichts gefunden',
    quickActions: 'Schnellaktionen',
    actions: {
      board: 'Pipeline-Board öffnen',
    },
    footer: 'Firmen, Kontakte, Leads und Deals, die Sie sehen dürfen',
    typeToSearch: 'Zum Suchen mindestens zwei Zeichen eingeben',
    navigate: 'wählen',
    open: 'öffnen',
  },
});
