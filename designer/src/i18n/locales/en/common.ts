/** Words used all over the app. */
export const common = {
  appName: 'Parley',
  retry: 'Retry',
  cancel: 'Cancel',
  close: 'Close',
  saving: 'Saving…',
  loading: 'Loading…',
  loadMore: 'Load more',
  loadingMore: 'Loading more…',
  never: 'Never',
  notYet: 'Not yet',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Couldn’t copy automatically. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  dash: '—',
  byOn: '{{name}}, {{date}}',
} as const;

export const date = {
  today: 'Today',
  yesterday: 'Yesterday',
} as const;

export const language = {
  label: 'Language',
  display: 'Display language',
} as const;
