import { defineText } from '../../lib/i18n/language';

/** The runs made so far, and the exchange rates runs convert with (both on the run page). */
export const compRunHistoryText = defineText({
  en: {
    title: 'Recent runs',
    none: 'No period has been run yet.',
    period: 'Period',
    ranAt: 'Run',
    reps: 'Reps',
    open: 'Open',
    more: 'Older runs',
    openedTitle: 'Run of {{from}} – {{to}}',
    ranBy: 'Run {{at}} by {{name}}',
  },
  de: {
    title: 'Letzte Abrechnungen',
    none: 'Es wurde noch kein Zeitraum abgerechnet.',
    period: 'Zeitraum',
    ranAt: 'Abgerechnet',
    reps: 'Reps',
    open: 'Öffnen',
    more: 'Ältere Abrechnungen',
    openedTitle: 'Abrechnung {{from}} – {{to}}',
    ranBy: 'Abgerechnet {{at}} von {{name}}',
  },
});

export const compRatesText = defineText({
  en: {
    title: 'Exchange rates',
    hint: 'A run converts each deal in another currency than the plan’s at the pair’s rate in effect on the day it was won. Only the direction given converts: add USD → EUR as well if you need it.',
    none: 'No rates yet: deals in another currency than their rep’s plan stop the run.',
    pair: 'Pair',
    pairOf: '1 {{from}} → {{to}}',
    from: 'From',
    to: 'To',
    rate: 'Rate',
    effectiveOn: 'From day',
    set: 'Set rate',
    remove: 'Remove the {{from}} → {{to}} rate of {{day}}',
  },
  de: {
    title: 'Wechselkurse',
    hint: 'Eine Abrechnung rechnet jeden Deal in einer anderen Währung als der des Plans zum Kurs des Paares um, der am Tag des Gewinns galt. Nur die angegebene Richtung gilt: Legen Sie bei Bedarf auch USD → EUR an.',
    none: 'Noch keine Kurse: Deals in einer anderen Währung als der des Plans halten die Abrechnung an.',
    pair: 'Paar',
    pairOf: '1 {{from}} → {{to}}',
    from: 'Von',
    to: 'Nach',
    rate: 'Kurs',
    effectiveOn: 'Ab Tag',
    set: 'Kurs setzen',
    remove: 'Kurs {{from}} → {{to}} vom {{day}} entfernen',
  },
});
