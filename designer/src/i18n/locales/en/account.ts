/** The account page: profile, language, password, sessions. */
export const account = {
  title: 'Account',
  profile: {
    heading: 'Profile',
    name: 'Name',
    email: 'Email address',
    role: 'Role',
    organisation: 'Organisation',
    submit: 'Save profile',
    saved: 'Profile saved.',
  },
  password: {
    heading: 'Change password',
    current: 'Current password',
    new: 'New password',
    submit: 'Change password',
    submitting: 'Changing…',
    done: 'Your password is changed.',
    currentWrong: 'The current password is wrong.',
  },
  everywhere: {
    heading: 'Sign out everywhere',
    body: 'Ends every session of yours, on every device and browser, including this one.',
    button: 'Sign out everywhere',
    title: 'Sign out everywhere?',
    confirm: 'Sign out everywhere',
  },
} as const;
