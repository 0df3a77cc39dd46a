import type { ReportingDimension } from '@inspraak/shared';

/**
 * How survey answers are protected (issue 13), part of the Dutch dictionary:
 * the page for the works council (/privacy/vragenlijsten), the reporting dimension
 * in the builder and the results' release message. Kept apart from
 * `surveys.nl.ts` so that the explanation can be read, and checked against
 * the API's rules, in one place.
 */
export const surveyAnonymityNl = {
  title: 'Hoe we antwoorden op vragenlijsten beschermen',
  /** The link on the answer page, for the respondent. */
  linkForRespondent: 'Hoe we je antwoord beschermen',
  /** The link in the builder and on the results page, for the authors. */
  linkForAuthors: 'Hoe we antwoorden beschermen (uitleg voor de OR)',
  page: {
    heading: 'Hoe we antwoorden op vragenlijsten beschermen',
    intro:
      'Deze uitleg is voor de ondernemingsraad, die instemt met het gebruik van Inspraak, en voor iedereen die een vragenlijst invult. Ze zegt wat er wordt bewaard, wie wat kan zien, wat we daarvoor hebben opgegeven en waar de bescherming ophoudt.',
    summary:
      'In het kort: niemand ziet wie wat heeft geantwoord, en niets wat Inspraak toont zegt iets over een groep van minder dan 5 mensen.',
    stored: {
      heading: 'Wat we bewaren',
      invitations:
        'Uitnodigingen: wie is uitgenodigd, met de groep waarin die persoon valt (de afdeling, locatie of soort contract waarop de vragenlijst wordt uitgesplitst).',
      linkUse:
        'Dat een uitnodigingslink is gebruikt, met alleen de dag, geen tijdstip.',
      answers:
        'Antwoorden: zonder naam, zonder uitnodiging en zonder tijdstip. Zolang de vragenlijst loopt, staat ook de groep waarin een antwoord meetelt versleuteld; bij het sluiten krijgen alle antwoorden tegelijk hun groep en dezelfde datum, de sluitingsdag.',
      waiting:
        'Antwoorden die nog op vrijgave wachten, staan versleuteld opgeslagen. De sleutel staat niet in de database, dus wie alleen de database kan lezen, kan ze niet openen.',
      progress:
        'Een half ingevulde vragenlijst staat alleen in je eigen browser, niet bij ons.',
      modes:
        'Bij een vertrouwelijke vragenlijst of een vragenlijst op naam wordt bij het antwoord ook de uitnodiging bewaard. Ook dan toont Inspraak niemand de antwoorden van één persoon.',
    },
    access: {
      heading: 'Wie wat kan zien',
      authorsRunning:
        'De makers van een vragenlijst (adviseur, HR, OR-secretaris, bestuurder) zien zolang de vragenlijst loopt alleen de uitkomsten van iedereen samen.',
      authorsClosed:
        'Pas als de vragenlijst gesloten is en alle antwoorden binnen zijn, zien ze de uitkomsten per groep, en alleen voor groepen van minstens de drempel.',
      nobody:
        'Niemand ziet wie wat heeft geantwoord: geen maker, geen beheerder, ook de adviseur en HR niet.',
      links:
        'De adviseur en HR kunnen de eenmalige links uit de uitnodigingen niet lezen. Een link staat alleen in de e-mail aan de persoon zelf; wij bewaren er alleen een onomkeerbare vingerafdruk van.',
      yourself:
        'Jij ziet in je eigen gegevensexport voor welke vragenlijsten je bent uitgenodigd en op welke dag je link is gebruikt.',
    },
    threshold: {
      heading: 'De drempel',
      minimum:
        'Een aantal, gemiddelde, verdeling, open antwoord of export verschijnt alleen voor een groep van minstens de drempel. De drempel is minstens 5; de organisatie kan hem per vragenlijst hoger zetten, nooit lager.',
      units:
        'De groepen worden gevormd bij het publiceren, uit wie is uitgenodigd, niet uit wie antwoordt. Elke groep telt minstens de drempel aan uitgenodigden: een kleine afdeling telt mee bij de afdeling erboven, wat overblijft komt samen in "Overige".',
      release:
        'Antwoorden worden in groepen van minstens de drempel vrijgegeven, zodat niemand te herkennen is aan het moment waarop hij antwoordde. Een groep komt pas vrij als er twee keer de drempel wacht; de rest wacht op de volgende groep of op het sluiten.',
    },
    margin: {
      heading: 'De beschermingsmarge',
      rule: 'Een groep kleiner dan de drempel wordt alleen ooit meegeteld samen met de rest van een groep van minstens de drempel. Niets wat Inspraak toont, maakt onderscheid tussen twee mensen uit dezelfde groep:',
      views: 'niet door weergaven te combineren of van elkaar af te trekken;',
      overTime:
        'niet door de uitkomsten op verschillende momenten te vergelijken;',
      runs: 'niet door rondes van dezelfde vragenlijst naast elkaar te leggen;',
      exports:
        'niet via de exports (CSV en Excel) of momentopnamen: die bevatten precies wat op het scherm staat.',
      difference:
        'Geen verschil tussen getoonde cijfers gaat over minder antwoorden dan de drempel.',
    },
    givenUp: {
      heading: 'Wat we daarvoor hebben opgegeven',
      oneDimension:
        'Eén indeling per vragenlijst: afdeling, locatie of soort contract, gekozen voor het publiceren. Twee indelingen naast elkaar kunnen samen één persoon aanwijzen.',
      noLiveBreakdown:
        'Geen uitsplitsing zolang de vragenlijst loopt: per groep zie je de uitkomsten pas na het sluiten.',
      noCrossFilters: 'Geen kruisfilters, zoals één afdeling per locatie.',
      lag: 'Tijdens het lopen lopen de uitkomsten één groep achter op wat is ingestuurd.',
      hiddenUnits:
        'De groepen liggen vast bij het publiceren: een groep waarin te weinig mensen antwoorden, wordt verborgen en niet achteraf met een andere samengevoegd.',
    },
    limits: {
      heading: 'Waar de bescherming ophoudt',
      sameAnswer:
        'Als iedereen in een groep hetzelfde antwoordt, of niemand een bepaald antwoord geeft, of iedereen in een groep meedoet, is dat zichtbaar. Het geldt dan voor de hele groep, en dus voor ieder lid ervan.',
      colluding:
        'Wie met collega’s elkaars antwoorden deelt, verkleint de groep met hun aantal. Van vijf mensen van wie er vier elkaars antwoorden kennen, is het antwoord van de vijfde af te leiden.',
      linkDay:
        'De dag waarop je link is gebruikt, blijft bewaard, zodat je die in je eigen gegevensexport terugziet.',
    },
    toApp: 'Naar Inspraak',
  },
  builder: {
    reportBy: 'Resultaten uitsplitsen naar',
    reportByHint:
      'Eén indeling per vragenlijst: twee indelingen naast elkaar kunnen samen één persoon aanwijzen.',
    reportByFixed:
      'Eén indeling per vragenlijst: twee indelingen naast elkaar kunnen samen één persoon aanwijzen. Na publiceren ligt de indeling vast.',
  },
  results: {
    reportBy: 'Uitgesplitst naar',
    waitingOne: '1 antwoord wacht op vrijgave.',
    waitingMany: '{count} antwoorden wachten op vrijgave.',
    releaseRule:
      'Antwoorden worden in groepen van minstens {threshold} vrijgegeven, zodat niemand te herkennen is aan het moment waarop hij antwoordde; de volgende groep komt vrij zodra er {next} wachten.',
    noneReleased: 'Nog geen antwoorden vrijgegeven.',
    unitsAfterClose: {
      DEPARTMENT:
        'Per afdeling zie je de resultaten zodra de vragenlijst gesloten is.',
      LOCATION:
        'Per locatie zie je de resultaten zodra de vragenlijst gesloten is.',
      CONTRACT_TYPE:
        'Per soort contract zie je de resultaten zodra de vragenlijst gesloten is.',
    } satisfies Record<ReportingDimension, string>,
    unitsCaption: {
      DEPARTMENT: 'Respons per afdeling',
      LOCATION: 'Respons per locatie',
      CONTRACT_TYPE: 'Respons per soort contract',
    } satisfies Record<ReportingDimension, string>,
    perUnit: {
      DEPARTMENT: 'Per afdeling',
      LOCATION: 'Per locatie',
      CONTRACT_TYPE: 'Per soort contract',
    } satisfies Record<ReportingDimension, string>,
    filterHint:
      'Eén groep kiezen toont haar cijfers en open antwoorden; groepen worden niet met elkaar gekruist.',
  },
  dimensions: {
    DEPARTMENT: 'Afdeling',
    LOCATION: 'Locatie',
    CONTRACT_TYPE: 'Soort contract',
  } satisfies Record<ReportingDimension, string>,
};
