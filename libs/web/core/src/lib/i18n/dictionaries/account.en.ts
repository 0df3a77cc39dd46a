import type { Dictionary } from '../dictionary';

/** Texts of one's own account (apps/web pages), part of the English dictionary. */
export const accountEn: Dictionary['account'] = {
  nav: {
    myAccount: 'My account',
  },
  titles: {
    forgotPassword: 'Forgot password',
    resetPassword: 'Choose a new password',
    invitation: 'Invitation',
    myAccount: 'My account',
  },
  forgotPasswordLink: 'Forgot your password?',
  backToLogin: 'Back to log in',
  toLogin: 'Go to log in',
  policy: {
    heading: 'Your new password',
    minLength:
      'has at least 12 characters (a phrase of unrelated words is strong and easy to remember);',
    notCommon: 'is not a common or previously leaked password;',
    notPersonal: 'does not contain your name or e-mail address.',
  },
  passwordRefusals: {
    PASSWORD_TOO_SHORT: 'Choose a password of at least 12 characters.',
    PASSWORD_TOO_LONG: 'A password has at most 200 characters.',
    PASSWORD_COMMON:
      'This password appears in lists of common or leaked passwords. Choose another one.',
    PASSWORD_PERSONAL:
      'Do not use your name or e-mail address in your password.',
    PASSWORD_WEAK:
      'This password is too easy to guess. Make it longer or use a phrase of unrelated words.',
  },
  fields: {
    currentPassword: 'Current password',
    newPassword: 'New password',
    repeatPassword: 'Repeat the new password',
    password: 'Password',
    repeat: 'Repeat the password',
    currentRequired: 'Enter your current password.',
    passwordRequired: 'Choose a password.',
    tooShort: 'Choose a password of at least 12 characters.',
    repeatRequired: 'Repeat the password.',
    mismatch: 'The two passwords are not the same.',
  },
  forgot: {
    heading: 'Forgot password',
    intro:
      'Enter the e-mail address you log in with. You will receive a link to choose a new password; the link works once, for one hour.',
    email: 'E-mail address',
    submit: 'Send the link',
    submitting: 'Sending…',
    sent: 'If we know this address, you will receive an e-mail within a few minutes with a link to choose a new password. Check your junk mail folder too.',
    tooMany:
      'You have tried too often in a short time. Wait a few minutes and try again.',
  },
  reset: {
    heading: 'Choose a new password',
    submit: 'Save password',
    submitting: 'Saving…',
    done: 'Your new password has been saved. You have been logged out everywhere; log in again with your new password.',
    linkProblems: {
      RESET_LINK_INVALID:
        'This link is not valid (any more). Request a new link.',
      RESET_LINK_EXPIRED:
        'This link has expired: it works for one hour. Request a new link.',
      RESET_LINK_USED:
        'This link has already been used. Request a new link if you want to change your password again.',
    },
    requestNew: 'Request a new link',
  },
  invitation: {
    heading: 'Welcome to Inspraak',
    intro:
      '{organisation} invites you to Inspraak. Choose a password to activate your account.',
    name: 'Name',
    email: 'E-mail address',
    organisation: 'Organisation',
    submit: 'Activate account',
    submitting: 'Activating…',
    existingIntro:
      '{organisation} invites you to Inspraak. You already have an Inspraak account with this e-mail address: enter your password to take part at {organisation} too.',
    singleSignOn:
      '{organisation} lets you sign in through its own identity provider: you do not need to choose a password. Go to log in and choose "Sign in through your organisation".',
    existingPassword: 'Your password',
    existingRequired: 'Enter your password.',
    existingSubmit: 'Accept invitation',
    expired:
      'This invitation has expired. Ask your advisor or HR for a new invitation.',
    used: 'This invitation has already been used: your account is active. Log in with your e-mail address and password.',
    invalid:
      'This invitation link is not valid. Check that you used the whole link from the e-mail, or ask your advisor or HR for a new invitation.',
  },
  myAccount: {
    heading: 'My account',
    intro: 'Logged in as {name} ({email}).',
    password: {
      heading: 'Change password',
      submit: 'Change password',
      submitting: 'Changing…',
      done: 'Your password has been changed. Your other sessions have been ended; on other devices you log in again.',
      viaOrganisation:
        'You are now signed in through your organisation. You can still change your Inspraak password here.',
    },
    sessions: {
      heading: 'Active sessions',
      intro:
        'You are logged in here now. Do you not recognise a session? End it and change your password.',
      device: 'Device',
      organisation: 'Organisation',
      method: 'Signed in with',
      created: 'Signed in on',
      lastUsed: 'Last used',
      current: 'This session',
      end: 'End',
      endLabel: 'End the session on {device}',
      ended: 'The session has been ended.',
      endOthers: 'End all other sessions',
      endedOthers: 'Other sessions ended: {count}.',
      onlyThis: 'You are not logged in anywhere else.',
      confirmHeading: 'End all other sessions?',
      confirmMessage:
        'You will be logged out on all your other devices and browsers. This session stays.',
    },
    organisations: {
      heading: 'My organisations',
      intro:
        'You have an account with these organisations. Switch through the menu at the top.',
      current: 'current organisation',
      roles: 'Roles',
    },
  },
  methods: {
    PASSWORD: 'password',
    OIDC: 'your organisation (single sign-on)',
  },
  devices: {
    unknown: 'Unknown device',
    browserOn: '{browser} on {system}',
    browser: 'Browser',
  },
  switcher: {
    label: 'Organisation',
    submit: 'Switch',
    switching: 'Switching…',
    failed: 'Switching organisation did not work.',
  },
};
