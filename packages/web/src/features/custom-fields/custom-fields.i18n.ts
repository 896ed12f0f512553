import { defineText } from '../../lib/i18n/language';

export const customFieldsText = defineText({
  en: {
    title: 'Custom fields',
    subtitle:
      'Your own fields on accounts, contacts, leads and deals. They appear in the forms, the record pages and imports.',
    fieldTypes: { text: 'Text', number: 'Number', date: 'Date', boolean: 'Yes / no', select: 'Choice list' },
    new: 'Add field',
    empty: {
      title: 'No custom fields yet',
      body: 'Add what your team tracks beyond the standard fields: a contract number, a tier, a renewal date.',
    },
    table: { label: 'Label', key: 'Key', type: 'Type', options: 'Choices' },
    form: {
      createTitle: 'Add a field',
      editTitle: 'Edit field',
      label: 'Label',
      labelPlaceholder: 'e.g. Contract tier',
      key: 'Key',
      keyHint: 'Used in the API and in imports; cannot change later',
      type: 'Type',
      options: 'Choices',
      optionsHint: 'Type a choice and press Enter',
      created: 'Field {{label}} added',
      saved: 'Field {{label}} saved',
      deleteTitle: 'Remove this field?',
      deleteBody:
        '“{{label}}” disappears from every form and record page. Values already saved stay in the records’ history.',
      delete: 'Remove field',
      deleted: 'Field removed',
      needsOptions: 'A choice list needs choices',
      keyFormat: 'Lower-case letters, digits and _, starting with a letter',
    },
  },
  de: {
    title: 'Eigene Felder',
    subtitle:
      'Eigene Felder für Firmen, Kontakte, Leads und Deals. Sie erscheinen in den Formularen, auf den Detailseiten und beim Import.',
    fieldTypes: { text: 'Text', number: 'Zahl', date: 'Datum', boolean: 'Ja / Nein', select: 'Auswahlliste' },
    new: 'Feld hinzufügen',
    empty: {
      title: 'Noch keine eigenen Felder',
      body: 'Erfassen Sie, was Ihr Team über die Standardfelder hinaus braucht: eine Vertragsnummer, eine Stufe, ein Verlängerungsdatum.',
    },
    table: {
      label: 'Bezeichnung',
      key: 'Schlüssel',
      type: 'Art',
      options: 'Auswahl',
    },
    form: {
      createTitle: 'Feld hinzufügen',
      editTitle: 'Feld bearbeiten',
      label: 'Bezeichnung',
      labelPlaceholder: 'z. B. Vertragsstufe',
      key: 'Schlüssel',
      keyHint: 'Wird in der API und beim Import verwendet; lässt sich später nicht ändern',
      type: 'Art',
      options: 'Auswahl',
      optionsHint: 'Wert eingeben und Enter drücken',
      created: 'Feld {{label}} hinzugefügt',
      saved: 'Feld {{label}} gespeichert',
      deleteTitle: 'Dieses Feld entfernen?',
      deleteBody:
        '„{{label}}“ verschwindet aus allen Formularen und Detailseiten. Bereits gespeicherte Werte bleiben im Verlauf der Datensätze.',
      delete: 'Feld entfernen',
      deleted: 'Feld entfernt',
      needsOptions: 'Eine Auswahlliste braucht Werte',
      keyFormat: 'Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben',
    },
  },
});
