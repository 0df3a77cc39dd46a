/**
 * Texts of the one place for notifications: the bell on every page, the page
 * /notifications and the e-mail preferences on it. Part of the Dutch dictionary.
 */
export const notificationsNl = {
  title: 'Meldingen',
  bell: 'Meldingen, {count} ongelezen',
  bellNone: 'Meldingen, geen ongelezen',
  panelHeading: 'Meldingen',
  none: 'Er zijn nog geen meldingen voor jou.',
  unread: 'Nieuw',
  markRead: 'Gelezen',
  markReadOf: 'Markeer "{title}" als gelezen',
  markAllRead: 'Alles als gelezen markeren',
  markedAllRead: 'Alle meldingen zijn als gelezen gemarkeerd.',
  showAll: 'Alle meldingen',
  allLink:
    'Je meldingen staan bij de bel bovenaan elke pagina en op de pagina Meldingen.',
  intro:
    'Alles wat voor jou is binnengekomen, het nieuwste eerst. Volg een melding om te doen wat er gevraagd wordt.',
  listHeading: 'Binnengekomen',
  more: 'Meer laden',
  preferences: {
    heading: 'Meldingen per e-mail',
    intro:
      'In de app zie je altijd alles. Kies wat je daarnaast per e-mail krijgt: direct, in een overzicht, of niet.',
    digest: 'Overzicht per e-mail',
    digestDaily: 'Elke dag (vanaf 7 uur, als er iets nieuws is)',
    digestWeekly: 'Elke week (als er iets nieuws is)',
    digestOff: 'Geen overzicht',
    language: 'Taal van de e-mail',
    languageNl: 'Nederlands',
    languageEn: 'Engels',
    perKind: 'Per soort melding',
    kind: 'Soort',
    mode: 'Per e-mail',
    modeIMMEDIATE: 'Direct',
    modeDIGEST: 'In het overzicht',
    modeNEVER: 'Niet',
    categoryACTION:
      'Afspraken (bijna op de deadline, over tijd, nieuw voor jou)',
    categoryAGREEMENT: 'Deelnemersovereenkomst',
    categoryACCOUNT: 'Je account (rollen, blokkering)',
    categoryOTHER: 'Trajecten, werkgroepen, vergaderingen en overige',
    categoryLEGAL_DEADLINE: 'Wettelijke termijnen van WOR-procedures',
    lockedNote: 'Wettelijke termijnen worden altijd direct gemaild.',
    save: 'Voorkeuren opslaan',
    saved: 'Je voorkeuren zijn opgeslagen.',
  },
};
