/**
 * The legal bases of works council procedures under the WOR, as data: the
 * domain brief asks that rules it could not verify live in one place where
 * they can be corrected. Items marked `verify` come from the brief's own
 * "verify" notes.
 */
export enum ProcedureType {
  /** Advice right, art. 25 lid 1 sub a–n. */
  ADVICE = 'ADVICE',
  /** Consent right, art. 27 lid 1 sub a–l. */
  CONSENT = 'CONSENT',
  /** Initiative proposal of the works council, art. 23 lid 3. */
  INITIATIVE = 'INITIATIVE',
  /** Advice on appointing or dismissing a director, art. 30. */
  DIRECTOR_APPOINTMENT = 'DIRECTOR_APPOINTMENT',
  /** An advice right agreed by covenant; the art. 25/26 procedure applies. */
  COVENANT_ADVICE = 'COVENANT_ADVICE',
}

export interface LegalItem {
  key: string;
  nl: string;
  en: string;
  verify?: boolean;
}

export interface LegalBasis {
  type: ProcedureType;
  article: string;
  nl: string;
  en: string;
  items: readonly LegalItem[];
  /** The director (or, for an initiative, the director's decision) must follow at least one overlegvergadering. */
  meetingRequired: boolean;
  /** The works council sends a reasoned answer (advice or consent decision); for an initiative the council proposes and the director answers. */
  councilResponds: boolean;
  /** A decision deviating from the advice is suspended for a month (art. 25 lid 6), unless waived. */
  suspensionOnDeviation: boolean;
  /** The council can appeal to the Ondernemingskamer within a month (art. 26). */
  appealOnDeviation: boolean;
  /** A decision without consent is void if the council invokes nullity within a month (art. 27 lid 5). */
  nullityWithoutConsent: boolean;
}

export const LEGAL_BASES: readonly LegalBasis[] = [
  {
    type: ProcedureType.ADVICE,
    article: 'art. 25 lid 1',
    nl: 'Adviesaanvraag',
    en: 'Advice request',
    items: [
      {
        key: 'a',
        nl: 'overdracht van zeggenschap over de onderneming',
        en: 'transfer of control of the enterprise',
      },
      {
        key: 'b',
        nl: 'vestigen, overnemen of afstoten van zeggenschap over, of duurzame samenwerking met, een andere onderneming',
        en: 'acquiring or ending control of, or lasting cooperation with, another enterprise',
      },
      {
        key: 'c',
        nl: 'beëindiging van de werkzaamheden van de onderneming of een belangrijk onderdeel',
        en: 'closing the enterprise or an important part of it',
      },
      {
        key: 'd',
        nl: 'belangrijke inkrimping, uitbreiding of andere wijziging van de werkzaamheden',
        en: 'important reduction, expansion or other change of activities',
      },
      {
        key: 'e',
        nl: 'belangrijke wijziging in de organisatie of in de verdeling van bevoegdheden',
        en: 'important change in the organisation or in the division of powers',
      },
      {
        key: 'f',
        nl: 'wijziging van de plaats van vestiging',
        en: 'relocation',
      },
      {
        key: 'g',
        nl: 'groepsgewijze werving of inleen van arbeidskrachten',
        en: 'hiring or borrowing staff as a group',
      },
      { key: 'h', nl: 'belangrijke investering', en: 'important investment' },
      {
        key: 'i',
        nl: 'aantrekken van belangrijk krediet',
        en: 'taking important credit',
      },
      {
        key: 'j',
        nl: 'verstrekken van belangrijk krediet of zekerheid',
        en: 'granting important credit or security',
      },
      {
        key: 'k',
        nl: 'invoering of wijziging van een belangrijke technologische voorziening',
        en: 'introducing or changing an important technological provision',
      },
      {
        key: 'l',
        nl: 'belangrijke maatregel in verband met de zorg van de onderneming voor het milieu',
        en: 'important environmental measure',
      },
      {
        key: 'm',
        nl: 'regeling op het gebied van zorg voor het milieu',
        en: 'environmental regulation',
        verify: true,
      },
      {
        key: 'n',
        nl: 'opdracht aan een externe deskundige over een van deze onderwerpen',
        en: 'engaging an external expert on one of these subjects',
        verify: true,
      },
    ],
    meetingRequired: true,
    councilResponds: true,
    suspensionOnDeviation: true,
    appealOnDeviation: true,
    nullityWithoutConsent: false,
  },
  {
    type: ProcedureType.CONSENT,
    article: 'art. 27 lid 1',
    nl: 'Instemmingsaanvraag',
    en: 'Consent request',
    items: [
      {
        key: 'a',
        nl: 'pensioen-, winstdelings- of spaarregeling',
        en: 'pension, profit-sharing or savings scheme',
      },
      {
        key: 'b',
        nl: 'werk- en rusttijden, vakantieregeling',
        en: 'working and rest times, holidays',
      },
      {
        key: 'c',
        nl: 'beloning of functiewaardering',
        en: 'pay or job grading',
      },
      {
        key: 'd',
        nl: 'arbeidsomstandigheden, ziekteverzuim en re-integratie',
        en: 'working conditions, sick leave and reintegration',
      },
      {
        key: 'e',
        nl: 'aanstellings-, ontslag- en bevorderingsbeleid',
        en: 'hiring, dismissal and promotion policy',
      },
      { key: 'f', nl: 'personeelsopleiding', en: 'staff training' },
      { key: 'g', nl: 'personeelsbeoordeling', en: 'staff appraisal' },
      {
        key: 'h',
        nl: 'bedrijfsmaatschappelijk werk',
        en: 'company social work',
        verify: true,
      },
      {
        key: 'i',
        nl: 'werkoverleg',
        en: 'work consultation',
        verify: true,
      },
      {
        key: 'j',
        nl: 'klachtenbehandeling',
        en: 'complaint handling',
        verify: true,
      },
      {
        key: 'k',
        nl: 'verwerking en bescherming van persoonsgegevens van werknemers',
        en: "processing and protection of employees' personal data",
      },
      {
        key: 'l',
        nl: 'voorzieningen voor waarneming of controle van aanwezigheid, gedrag of prestaties',
        en: 'systems that can monitor attendance, behaviour or performance',
      },
    ],
    meetingRequired: true,
    councilResponds: true,
    suspensionOnDeviation: false,
    appealOnDeviation: false,
    nullityWithoutConsent: true,
  },
  {
    type: ProcedureType.INITIATIVE,
    article: 'art. 23 lid 3',
    nl: 'Initiatiefvoorstel',
    en: 'Initiative proposal',
    items: [],
    meetingRequired: true,
    councilResponds: false,
    suspensionOnDeviation: false,
    appealOnDeviation: false,
    nullityWithoutConsent: false,
  },
  {
    type: ProcedureType.DIRECTOR_APPOINTMENT,
    article: 'art. 30',
    nl: 'Advies over benoeming of ontslag van een bestuurder',
    en: 'Advice on appointing or dismissing a director',
    items: [
      { key: 'appointment', nl: 'benoeming', en: 'appointment' },
      { key: 'dismissal', nl: 'ontslag', en: 'dismissal' },
    ],
    meetingRequired: true,
    councilResponds: true,
    suspensionOnDeviation: false,
    appealOnDeviation: false,
    nullityWithoutConsent: false,
  },
  {
    type: ProcedureType.COVENANT_ADVICE,
    article: 'art. 32',
    nl: 'Adviesrecht op grond van een convenant',
    en: 'Advice right agreed by covenant',
    items: [],
    meetingRequired: true,
    councilResponds: true,
    suspensionOnDeviation: true,
    appealOnDeviation: true,
    nullityWithoutConsent: false,
  },
];

export function legalBasis(type: ProcedureType): LegalBasis {
  return LEGAL_BASES.find((b) => b.type === type)!;
}

/** True when `item` is a valid sub-item for the type (types without items take none; a covenant names its own, free text). */
export function isValidItem(type: ProcedureType, item: string | null): boolean {
  const basis = legalBasis(type);
  if (type === ProcedureType.COVENANT_ADVICE)
    return item !== null && item.trim().length > 0 && item.length <= 200;
  if (basis.items.length === 0) return item === null;
  return item !== null && basis.items.some((i) => i.key === item);
}
