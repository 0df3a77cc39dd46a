import type { Dictionary } from '../dictionary';

/** Texts of the one place for notifications, part of the English dictionary. */
export const notificationsEn: Dictionary['notifications'] = {
  title: 'Notifications',
  bell: 'Notifications, {count} unread',
  bellNone: 'Notifications, none unread',
  panelHeading: 'Notifications',
  none: 'There are no notifications for you yet.',
  unread: 'New',
  markRead: 'Read',
  markReadOf: 'Mark "{title}" as read',
  markAllRead: 'Mark all as read',
  markedAllRead: 'All notifications are marked as read.',
  showAll: 'All notifications',
  allLink:
    'Your notifications are under the bell at the top of every page and on the Notifications page.',
  intro:
    'Everything that came in for you, newest first. Follow a notification to do what is asked.',
  listHeading: 'Received',
  more: 'Load more',
  preferences: {
    heading: 'Notifications by e-mail',
    intro:
      'The app always shows everything. Choose what you also get by e-mail: at once, in a summary, or not.',
    digest: 'Summary by e-mail',
    digestDaily: 'Every day (from 7 am, when there is something new)',
    digestWeekly: 'Every week (when there is something new)',
    digestOff: 'No summary',
    language: 'Language of the e-mail',
    languageNl: 'Dutch',
    languageEn: 'English',
    perKind: 'Per kind of notification',
    kind: 'Kind',
    mode: 'By e-mail',
    modeIMMEDIATE: 'At once',
    modeDIGEST: 'In the summary',
    modeNEVER: 'Not',
    categoryACTION: 'Actions (due soon, overdue, new for you)',
    categoryAGREEMENT: 'Participant agreement',
    categoryACCOUNT: 'Your account (roles, blocking)',
    categoryOTHER: 'Trajectories, workgroups, meetings and other',
    categoryLEGAL_DEADLINE: 'Legal deadlines of WOR procedures',
    lockedNote: 'Legal deadlines are always mailed at once.',
    save: 'Save preferences',
    saved: 'Your preferences are saved.',
  },
};
