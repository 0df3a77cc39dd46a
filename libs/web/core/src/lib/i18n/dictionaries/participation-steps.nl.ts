/** Pool representation, inviting from Matchen and a draw, the draw's plain-language result, the person picker; part of the Dutch dictionary. */
export const participationStepsNl = {
  representation: {
    rule: 'Een afdeling hoort ongeveer hetzelfde deel van de pool te vormen als van het personeel. Ondervertegenwoordigd: minder dan de helft van het verwachte aantal deelnemers en minstens één persoon te weinig. Oververtegenwoordigd: meer dan anderhalf keer het verwachte aantal en minstens één persoon te veel.',
    totals:
      'Deelnemers in de pool: {pool}. Medewerkers in het personeelsbestand: {headcount}.',
    notEnough:
      'Nog geen oordeel: de pool is te klein om vertegenwoordiging te beoordelen (deelnemers: {pool}; nodig: minstens {min}).',
    headcountShare: 'Deel van het personeel',
    poolShare: 'Deel van de pool',
    expected: 'Verwacht aantal',
    verdicts: {
      NOT_ENOUGH_DATA: 'Nog geen oordeel',
      UNDER: 'Ondervertegenwoordigd',
      BALANCED: 'In verhouding',
      OVER: 'Oververtegenwoordigd',
    },
  },
  invite: {
    heading: 'Uitnodigen voor een werkgroep of oproep',
    intro:
      'Kies een traject dat je begeleidt en een van zijn werkgroepen of open oproepen. Wie je uitnodigt krijgt een melding en kan ja of nee zeggen.',
    trajectory: 'Verandertraject',
    chooseTrajectory: 'Kies een traject',
    workgroup: 'Werkgroep of oproep',
    chooseWorkgroup: 'Kies een werkgroep',
    openCall: '{name} (open oproep)',
    noWorkgroups:
      'Dit traject heeft nog geen werkgroep of oproep. Open eerst een oproep bij het traject.',
    noTrajectories: 'Je begeleidt nog geen traject.',
    people: 'Wie uitnodigen',
    submit: 'Nodig {count} uit',
    sending: 'Bezig met uitnodigen…',
    chooseFirst: 'Kies een traject, een werkgroep en minstens één persoon.',
    invited: '{name} is uitgenodigd.',
    failed: '{name}: {reason}',
    done: 'Uitgenodigd voor {workgroup}: {count}.',
  },
  draw: {
    trajectory: 'Voor traject',
    noTrajectory: 'Geen traject',
    trajectoryHint:
      'Koppel de loting aan een traject om de gelote mensen daarna uit te nodigen voor zijn werkgroep of oproep.',
    forTrajectory: 'Voor traject',
    shortfall:
      'Niet alle plaatsen zijn gevuld: {unfilled} van de {requested} bleven leeg, omdat er te weinig mensen in aanmerking kwamen (in aanmerking: {eligible}).',
    reserveShortfall:
      'Reserves: {unfilled} van de {requested} konden niet worden geloot.',
    allFilled: 'Alle plaatsen zijn gevuld ({requested}).',
    how: 'Hoe er geloot is',
    howText:
      'Iedereen die in aanmerking komt had een eerlijke kans. De plaatsen zijn eerst over de groepen verdeeld naar hun aandeel in het personeel, daarna is binnen elke groep door het toeval gekozen. Niemand kon de uitslag sturen: met dezelfde gegevens komt er altijd dezelfde uitslag uit, en dat kan iedereen controleren.',
    technical: 'Technische gegevens (voor controle)',
    seed: 'Startgetal van het toeval (seed)',
    algorithm: 'Rekenmethode en versie',
    groupKey: 'Groepssleutel',
    verifyOk:
      'Controle geslaagd: opnieuw loten met dezelfde gegevens geeft precies dezelfde uitslag.',
    verifyFailed:
      'Controle mislukt: opnieuw loten met dezelfde gegevens geeft een andere uitslag. Verschillen: {mismatches}',
    nextStep: 'Volgende stap',
    seatedIntro: 'Op volgorde van naam.',
    reservesIntro:
      'In de volgorde waarin ze worden gevraagd als iemand afziet.',
  },
  personPicker: {
    hint: 'Typ minstens 2 letters van de naam en kies iemand uit de lijst.',
    searching: 'Zoeken…',
    none: 'Niemand gevonden met “{query}”.',
    results: '{count} gevonden. Kies met de pijltjestoetsen en Enter.',
    chosen: 'Gekozen: {name}',
    clear: 'Andere persoon kiezen',
    notChosen: 'Kies iemand uit de lijst.',
  },
};
