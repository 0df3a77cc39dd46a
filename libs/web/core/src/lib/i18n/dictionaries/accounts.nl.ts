import type { AccountStatus } from '@inspraak/shared';

/** Texts of the accounts pages and the organisation settings (libs/web/accounts), part of the Dutch dictionary. */
export const accountsNl = {
  nav: {
    accounts: 'Accounts',
    settings: 'Organisatie-instellingen',
    section: 'Accounts',
    list: 'Overzicht',
    invite: 'Uitnodigen',
  },
  titles: {
    list: 'Accounts',
    invite: 'Medewerkers uitnodigen',
    settings: 'Organisatie-instellingen',
  },
  status: {
    INVITED: 'Uitgenodigd',
    ACTIVE: 'Actief',
    BLOCKED: 'Geblokkeerd',
    LEFT: 'Uit dienst',
  } satisfies Record<AccountStatus, string>,
  list: {
    heading: 'Accounts',
    intro:
      'Iedereen in het personeelsbestand kan een account krijgen. Hier zie je wie een account heeft, met welke rollen, en of het actief is.',
    introReadOnly:
      'Alleen een adviseur kan rollen wijzigen en accounts blokkeren.',
    search: 'Zoeken',
    searchHint: 'Op naam of e-mailadres',
    role: 'Rol',
    allRoles: 'Alle rollen',
    status: 'Status',
    allStatuses: 'Alle statussen',
    tableCaption: 'Accounts in de organisatie',
    resultsOne: '1 account gevonden',
    resultsOther: '{total} accounts gevonden',
    empty: 'Geen accounts gevonden met deze zoekopdracht.',
    name: 'Naam',
    department: 'Afdeling',
    roles: 'Rollen',
    lastSignIn: 'Laatst ingelogd',
    never: 'Nog nooit',
    invitedOn: 'uitgenodigd op {date}',
    actions: 'Acties',
    editRoles: 'Rollen wijzigen',
    editRolesOf: 'Rollen wijzigen van {name}',
    block: 'Blokkeren',
    blockOf: '{name} blokkeren',
    unblock: 'Deblokkeren',
    unblockOf: '{name} deblokkeren',
    history: 'Geschiedenis',
    historyOf: 'Geschiedenis van {name}',
  },
  roles: {
    heading: 'Rollen van {name}',
    legend: 'Rollen',
    hint: 'Iedereen met een account is medewerker; die rol blijft altijd.',
    always: 'altijd',
    save: 'Rollen opslaan',
    saved: 'De rollen van {name} zijn opgeslagen.',
  },
  block: {
    confirmTitle: 'Account blokkeren?',
    confirmBody:
      '{name} kan dan niet meer inloggen en wordt meteen overal uitgelogd. Je kunt het account later weer deblokkeren.',
    confirm: 'Blokkeren',
    blocked: 'Het account van {name} is geblokkeerd.',
    unblockTitle: 'Account deblokkeren?',
    unblockBody: '{name} kan dan weer inloggen met de eigen rollen.',
    unblockConfirm: 'Deblokkeren',
    unblocked: 'Het account van {name} is gedeblokkeerd.',
  },
  refusals: {
    LAST_ADVISOR:
      'Dit is de laatste adviseur van de organisatie. Geef eerst iemand anders de rol Adviseur; pas daarna kun je deze rol weghalen of dit account blokkeren.',
  },
  history: {
    heading: 'Geschiedenis van {name}',
    caption: 'Wijzigingen aan dit account, de nieuwste eerst',
    empty: 'Er is nog niets gewijzigd aan dit account.',
    when: 'Wanneer',
    who: 'Door',
    what: 'Wat',
    changes: 'Wijziging',
    system: 'Systeem',
    close: 'Geschiedenis sluiten',
    /** Changed fields in an audit record, by their name. */
    fields: {
      roles: 'Rollen',
    },
    /** Audit actions, by their code (`account.roles-changed` …). */
    actions: {
      account: {
        'roles-changed': 'Rollen gewijzigd',
        blocked: 'Geblokkeerd',
        unblocked: 'Gedeblokkeerd',
      },
    },
  },
  invite: {
    heading: 'Medewerkers uitnodigen',
    intro:
      'Een uitnodiging is een e-mail met een persoonlijke link waarmee iemand een wachtwoord kiest. De link is eenmalig en verloopt. Wie al een account heeft, krijgt geen nieuwe uitnodiging.',
    who: 'Wie nodig je uit?',
    modePeople: 'Eén persoon of een selectie',
    modeDepartment: 'Een afdeling',
    modeEveryone: 'Iedereen zonder account',
    modeEveryoneHint:
      'Alle medewerkers in dienst zonder account en zonder uitnodiging die nog werkt, bijvoorbeeld na een import.',
    search: 'Zoek in het personeelsbestand',
    searchHint: 'Op naam, e-mailadres of personeelsnummer',
    searchResults: 'Zoekresultaten',
    moreResults:
      'De eerste {shown} van {total}; zoek preciezer om anderen te vinden.',
    noResults: 'Niemand gevonden.',
    choose: 'Kies {name}',
    chosen: 'Gekozen ({count})',
    chosenNone: 'Nog niemand gekozen.',
    remove: 'Haal {name} weg',
    peopleRequired: 'Kies minstens één persoon.',
    departments: 'Afdelingen',
    department: 'Afdeling',
    departmentChosen: 'Gekozen afdeling: {name}',
    departmentRequired: 'Kies een afdeling.',
    includeSubDepartments: 'Ook de onderliggende afdelingen',
    submit: 'Uitnodigingen versturen',
    submitting: 'Bezig met klaarzetten…',
    progressHeading: 'Voortgang',
    progressLabel: 'Voortgang van de uitnodigingen',
    progressText: '{done} van {total} verwerkt',
    none: 'Er was niemand om uit te nodigen: wie je koos heeft al een account (of, bij iedereen zonder account, een uitnodiging die nog werkt).',
    pending: 'In de wachtrij',
    sent: 'Verstuurd',
    failed: 'Mislukt',
    accepted: 'Geaccepteerd',
    total: 'Uitnodigingen',
    finished: 'Alle uitnodigingen zijn verwerkt.',
    failedHint:
      'Mislukte uitnodigingen kun je opnieuw versturen door dezelfde mensen nog eens uit te nodigen.',
    pollFailed: 'De voortgang kon niet worden opgehaald: {message}',
    recentHeading: 'Eerdere uitnodigingsrondes',
    recentCaption: 'Eerdere uitnodigingsrondes, de nieuwste eerst',
    recentEmpty: 'Er zijn nog geen uitnodigingen verstuurd.',
    startedAt: 'Gestart',
    show: 'Bekijk',
    showOf: 'Bekijk de ronde van {date}',
  },
  settings: {
    heading: 'Organisatie-instellingen',
    organisationHeading: 'Organisatie',
    name: 'Naam van de organisatie',
    nameRequired: 'Vul de naam van de organisatie in.',
    nameTooShort: 'De naam moet minstens {min} tekens hebben.',
    nameTooLong: 'De naam mag hoogstens {max} tekens hebben.',
    emailDomains: 'E-maildomeinen',
    emailDomainsHint:
      'De domeinen van de e-mailadressen van je organisatie, bijvoorbeeld zorggroep.nl. Typ een domein en druk op Enter.',
    addDomain: 'Domein toevoegen',
    removeDomain: 'Haal {value} weg',
    domainInvalid:
      '"{value}" is geen geldig domein (bijvoorbeeld zorggroep.nl).',
    passwordLogin: 'Inloggen met wachtwoord toestaan',
    passwordLoginHint:
      'Zet dit uit als iedereen via single sign-on inlogt. Wie nu met een wachtwoord is ingelogd, moet dan opnieuw inloggen.',
    idleTimeout: 'Automatisch uitloggen na (minuten)',
    idleTimeoutHint:
      'Wie zo lang niets doet, wordt uitgelogd. Tussen {min} en {max} minuten.',
    idleTimeoutInvalid: 'Vul een heel getal in tussen {min} en {max}.',
    save: 'Instellingen opslaan',
    saved: 'De instellingen zijn opgeslagen.',
    ssoHeading: 'Single sign-on',
    ssoIntro:
      'Met single sign-on (OpenID Connect) loggen medewerkers in via de identity provider van je organisatie, bijvoorbeeld Microsoft Entra ID. Je vindt deze gegevens bij de registratie van Inspraak in die identity provider.',
    ssoEnabled: 'Single sign-on gebruiken',
    issuer: 'Issuer (URL)',
    issuerHint: 'Bijvoorbeeld https://login.microsoftonline.com/<tenant>/v2.0',
    issuerRequired: 'Vul de issuer in.',
    issuerInvalid: 'Vul een volledige https-URL in.',
    clientId: 'Client-ID',
    clientIdRequired: 'Vul de client-ID in.',
    clientSecret: 'Client secret',
    secretSet:
      'Er is een secret ingesteld. Laat dit veld leeg om het te houden; vul een nieuw in om het te vervangen.',
    secretFromEnvironment:
      'Het secret komt uit de omgevingsvariabele {name} van de server. Vul hier een secret in om het voortaan versleuteld op te slaan.',
    secretMissing: 'Er is nog geen secret ingesteld.',
    secretRequired:
      'Vul het client secret in, of de naam van een omgevingsvariabele die het bevat.',
    secretEnv: 'Of: omgevingsvariabele met het secret',
    secretEnvHint:
      'Alleen namen die beginnen met SSO_CLIENT_SECRET_. Het secret staat dan niet in de database.',
    secretEnvInvalid:
      'Gebruik een naam als SSO_CLIENT_SECRET_ORGANISATIE (hoofdletters, cijfers en _).',
    secretTwice:
      'Vul óf een secret óf een omgevingsvariabele in, niet allebei.',
    createAccounts: 'Account aanmaken bij de eerste keer inloggen',
    createAccountsHint:
      'Voor wie in het personeelsbestand staat, een e-mailadres in een van de domeinen hierboven heeft en nog geen account heeft.',
    ssoSave: 'Single sign-on opslaan',
    ssoSaved: 'De instellingen voor single sign-on zijn opgeslagen.',
    redirectUri: 'Redirect-URI om in je identity provider in te stellen',
  },
};
