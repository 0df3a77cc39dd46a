import type { Dictionary } from '../dictionary';

/** How survey answers are protected (issue 13), part of the English dictionary. */
export const surveyAnonymityEn: Dictionary['surveyAnonymity'] = {
  title: 'How we protect survey answers',
  linkForRespondent: 'How we protect your answer',
  linkForAuthors: 'How we protect answers (for the works council)',
  page: {
    heading: 'How we protect survey answers',
    intro:
      'This explanation is for the works council, whose consent the use of Inspraak needs, and for everyone who answers a survey. It says what is stored, who can see what, what we gave up for it and where the protection ends.',
    summary:
      'In short: nobody sees who answered what, and nothing Inspraak shows tells anything about a group of fewer than 5 people.',
    stored: {
      heading: 'What we store',
      invitations:
        'Invitations: who was invited, with the group the person belongs to (the department, location or contract type the survey is broken down by).',
      linkUse: 'That an invitation link was used, with the day only, no time.',
      answers:
        'Answers: without a name, without the invitation and without a time. While the survey runs, even the group an answer counts in is kept encrypted; at closing all answers get their group at once, and the same date, the closing day.',
      waiting:
        'Answers waiting to be released are stored encrypted. The key is not in the database, so someone who can only read the database cannot open them.',
      progress:
        'A half-finished survey is kept only in your own browser, not by us.',
      modes:
        'In a confidential or identified survey the invitation is stored with the answer too. Even then Inspraak shows nobody the answers of one person.',
    },
    access: {
      heading: 'Who can see what',
      authorsRunning:
        'The authors of a survey (advisor, HR, council secretary, director) see only everyone’s results together while the survey runs.',
      authorsClosed:
        'Only once the survey is closed and every answer is in do they see the results per group, and only for groups of at least the threshold.',
      nobody:
        'Nobody sees who answered what: no author, no administrator, not the advisor or HR either.',
      links:
        'The advisor and HR cannot read the one-time links in the invitations. A link exists only in the e-mail to the person; we keep only an irreversible fingerprint of it.',
      yourself:
        'In your own data export you see which surveys you were invited to and on which day your link was used.',
    },
    threshold: {
      heading: 'The threshold',
      minimum:
        'A count, mean, distribution, open answer or export appears only for a group of at least the threshold. The threshold is at least 5; the organisation can raise it per survey, never lower it.',
      units:
        'The groups are formed when the survey is published, from who was invited, not from who answers. Each group has at least the threshold of invitees: a small department counts with the department above it, and what is left comes together in "Other".',
      release:
        'Answers are released in groups of at least the threshold, so that nobody can be recognised by the moment they answered. A group is released only once twice the threshold wait; the rest wait for the next group or for the close.',
    },
    margin: {
      heading: 'The protection margin',
      rule: 'A group smaller than the threshold is only ever counted together with the rest of a group of at least the threshold. Nothing Inspraak shows tells two people of the same group apart:',
      views: 'not by combining views or subtracting one from another;',
      overTime: 'not by comparing the results at different moments;',
      runs: 'not by putting runs of the same survey side by side;',
      exports:
        'not through the exports (CSV and Excel) or snapshots: they hold exactly what is on the screen.',
      difference:
        'No difference between figures shown concerns fewer answers than the threshold.',
    },
    givenUp: {
      heading: 'What we gave up for it',
      oneDimension:
        'One breakdown per survey: department, location or contract type, chosen before publishing. Two breakdowns side by side can together point out one person.',
      noLiveBreakdown:
        'No breakdown while the survey runs: results per group show only after the close.',
      noCrossFilters: 'No cross filters, such as one department per location.',
      lag: 'While the survey runs, the results lag one group behind what was submitted.',
      hiddenUnits:
        'The groups are fixed at publication: a group in which too few people answer is hidden, not merged with another afterwards.',
    },
    limits: {
      heading: 'Where the protection ends',
      sameAnswer:
        'When everyone in a group gives the same answer, or nobody gives a certain answer, or everyone in a group takes part, that shows. It then holds for the whole group, and so for each of its members.',
      colluding:
        'Colleagues who share their answers with each other make the group smaller by their number. Of five people of whom four know each other’s answers, the fifth one’s answer can be worked out.',
      linkDay:
        'The day your link was used is kept, so that you see it in your own data export.',
    },
    toApp: 'To Inspraak',
  },
  builder: {
    reportBy: 'Break results down by',
    reportByHint:
      'One breakdown per survey: two breakdowns side by side can together point out one person.',
    reportByFixed:
      'One breakdown per survey: two breakdowns side by side can together point out one person. Once published, it is fixed.',
  },
  results: {
    reportBy: 'Broken down by',
    waitingOne: '1 answer is waiting to be released.',
    waitingMany: '{count} answers are waiting to be released.',
    releaseRule:
      'Answers are released in groups of at least {threshold}, so that nobody can be recognised by the moment they answered; the next group is released once {next} are waiting.',
    noneReleased: 'No answers released yet.',
    unitsAfterClose: {
      DEPARTMENT:
        'You see the results per department once the survey is closed.',
      LOCATION: 'You see the results per location once the survey is closed.',
      CONTRACT_TYPE:
        'You see the results per contract type once the survey is closed.',
    },
    unitsCaption: {
      DEPARTMENT: 'Response per department',
      LOCATION: 'Response per location',
      CONTRACT_TYPE: 'Response per contract type',
    },
    perUnit: {
      DEPARTMENT: 'Per department',
      LOCATION: 'Per location',
      CONTRACT_TYPE: 'Per contract type',
    },
    filterHint:
      'Choosing one group shows its figures and open answers; groups are never crossed with each other.',
  },
  dimensions: {
    DEPARTMENT: 'Department',
    LOCATION: 'Location',
    CONTRACT_TYPE: 'Contract type',
  },
};
