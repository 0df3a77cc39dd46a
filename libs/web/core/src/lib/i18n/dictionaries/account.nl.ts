/** How a session was signed in (the API's SignInMethod). */
export type SignInMethodKey = 'PASSWORD' | 'OIDC';

/** Reasons the API gives for a refused password or reset link. */
export type PasswordRefusalReason =
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_COMMON'
  | 'PASSWORD_PERSONAL'
  | 'PASSWORD_WEAK';

/**
 * Texts of one's own account (apps/web pages): forgotten and new passwords,
 * the invitation, "Mijn account" with its sessions, the organisation switcher.
 * Part of the Dutch dictionary.
 */
export const accountNl = {
  nav: {
    myAccount: 'Mijn account',
  },
  titles: {
    forgotPassword: 'Wachtwoord vergeten',
    resetPassword: 'Nieuw wachtwoord kiezen',
    invitation: 'Uitnodiging',
    myAccount: 'Mijn account',
  },
  forgotPasswordLink: 'Wachtwoord vergeten?',
  backToLogin: 'Terug naar inloggen',
  toLogin: 'Naar inloggen',
  policy: {
    heading: 'Je nieuwe wachtwoord',
    minLength:
      'heeft minstens 12 tekens (een zin van losse woorden is sterk en makkelijk te onthouden);',
    notCommon: 'is geen veelgebruikt of eerder uitgelekt wachtwoord;',
    notPersonal: 'bevat niet je naam of e-mailadres.',
  },
  passwordRefusals: {
    PASSWORD_TOO_SHORT: 'Kies een wachtwoord van minstens 12 tekens.',
    PASSWORD_TOO_LONG: 'Een wachtwoord heeft hoogstens 200 tekens.',
    PASSWORD_COMMON:
      'Dit wachtwoord komt voor in lijsten van veelgebruikte of uitgelekte wachtwoorden. Kies een ander.',
    PASSWORD_PERSONAL: 'Gebruik je naam of e-mailadres niet in je wachtwoord.',
    PASSWORD_WEAK:
      'Dit wachtwoord is te makkelijk te raden. Maak het langer of gebruik een zin van losse woorden.',
  } satisfies Record<PasswordRefusalReason, string>,
  fields: {
    currentPassword: 'Huidig wachtwoord',
    newPassword: 'Nieuw wachtwoord',
    repeatPassword: 'Herhaal het nieuwe wachtwoord',
    password: 'Wachtwoord',
    repeat: 'Herhaal het wachtwoord',
    currentRequired: 'Vul je huidige wachtwoord in.',
    passwordRequired: 'Kies een wachtwoord.',
    tooShort: 'Kies een wachtwoord van minstens 12 tekens.',
    repeatRequired: 'Herhaal het wachtwoord.',
    mismatch: 'De twee wachtwoorden zijn niet gelijk.',
  },
  forgot: {
    heading: 'Wachtwoord vergeten',
    intro:
      'Vul het e-mailadres in waarmee je inlogt. Je krijgt dan een link om een nieuw wachtwoord te kiezen; de link werkt één keer en een uur lang.',
    email: 'E-mailadres',
    submit: 'Stuur de link',
    submitting: 'Bezig met versturen…',
    sent: 'Als dit adres bij ons bekend is, ontvang je binnen enkele minuten een e-mail met een link om een nieuw wachtwoord te kiezen. Kijk ook in je map met ongewenste e-mail.',
    tooMany:
      'Je hebt het te vaak achter elkaar geprobeerd. Wacht een paar minuten en probeer het dan opnieuw.',
  },
  reset: {
    heading: 'Nieuw wachtwoord kiezen',
    submit: 'Wachtwoord opslaan',
    submitting: 'Bezig met opslaan…',
    done: 'Je nieuwe wachtwoord is opgeslagen. Je bent overal uitgelogd; log opnieuw in met je nieuwe wachtwoord.',
    linkProblems: {
      RESET_LINK_INVALID:
        'Deze link is niet (meer) geldig. Vraag een nieuwe link aan.',
      RESET_LINK_EXPIRED:
        'Deze link is verlopen: hij werkt een uur lang. Vraag een nieuwe link aan.',
      RESET_LINK_USED:
        'Deze link is al gebruikt. Vraag een nieuwe link aan als je je wachtwoord opnieuw wilt wijzigen.',
    },
    requestNew: 'Vraag een nieuwe link aan',
  },
  invitation: {
    heading: 'Welkom bij Inspraak',
    intro:
      '{organisation} nodigt je uit voor Inspraak. Kies een wachtwoord om je account te activeren.',
    name: 'Naam',
    email: 'E-mailadres',
    organisation: 'Organisatie',
    submit: 'Account activeren',
    submitting: 'Bezig met activeren…',
    existingIntro:
      '{organisation} nodigt je uit voor Inspraak. Je hebt al een Inspraak-account met dit e-mailadres: vul je wachtwoord in om ook bij {organisation} mee te doen.',
    singleSignOn:
      '{organisation} laat je inloggen via haar eigen inlogdienst: je hoeft geen wachtwoord te kiezen. Ga naar inloggen en kies "Inloggen via je organisatie".',
    existingPassword: 'Je wachtwoord',
    existingRequired: 'Vul je wachtwoord in.',
    existingSubmit: 'Uitnodiging aannemen',
    expired:
      'Deze uitnodiging is verlopen. Vraag je adviseur of HR om een nieuwe uitnodiging.',
    used: 'Deze uitnodiging is al gebruikt: je account is actief. Log in met je e-mailadres en wachtwoord.',
    invalid:
      'Deze uitnodigingslink is niet geldig. Controleer of je de hele link uit de e-mail hebt gebruikt, of vraag je adviseur of HR om een nieuwe uitnodiging.',
  },
  myAccount: {
    heading: 'Mijn account',
    intro: 'Ingelogd als {name} ({email}).',
    password: {
      heading: 'Wachtwoord wijzigen',
      submit: 'Wachtwoord wijzigen',
      submitting: 'Bezig met wijzigen…',
      done: 'Je wachtwoord is gewijzigd. Je andere sessies zijn beëindigd; op andere apparaten log je opnieuw in.',
      viaOrganisation:
        'Je bent nu ingelogd via je organisatie. Je Inspraak-wachtwoord kun je hier toch wijzigen.',
    },
    sessions: {
      heading: 'Actieve sessies',
      intro:
        'Hier ben je nu ingelogd. Herken je een sessie niet? Beëindig hem en wijzig je wachtwoord.',
      device: 'Apparaat',
      organisation: 'Organisatie',
      method: 'Ingelogd met',
      created: 'Ingelogd op',
      lastUsed: 'Laatst gebruikt',
      current: 'Deze sessie',
      end: 'Beëindigen',
      endLabel: 'Sessie op {device} beëindigen',
      ended: 'De sessie is beëindigd.',
      endOthers: 'Alle andere sessies beëindigen',
      endedOthers: 'Andere sessies beëindigd: {count}.',
      onlyThis: 'Je bent nergens anders ingelogd.',
      confirmHeading: 'Alle andere sessies beëindigen?',
      confirmMessage:
        'Op al je andere apparaten en browsers word je uitgelogd. Deze sessie blijft.',
    },
    organisations: {
      heading: 'Mijn organisaties',
      intro:
        'Je hebt een account bij deze organisaties. Wissel via het menu bovenaan.',
      current: 'huidige organisatie',
      roles: 'Rollen',
    },
  },
  methods: {
    PASSWORD: 'wachtwoord',
    OIDC: 'je organisatie (single sign-on)',
  } satisfies Record<SignInMethodKey, string>,
  devices: {
    unknown: 'Onbekend apparaat',
    browserOn: '{browser} op {system}',
    browser: 'Browser',
  },
  switcher: {
    label: 'Organisatie',
    submit: 'Wisselen',
    switching: 'Bezig met wisselen…',
    failed: 'Wisselen van organisatie is niet gelukt.',
  },
};
