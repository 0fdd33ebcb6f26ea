/** English UI text. The shape of this object is the dictionary type every language must match. */
export const en = {
  appName: 'Parley',
  language: 'Language',
  retry: 'Retry',
  stream: {
    connecting: 'Connecting…',
    live: 'Live',
    reconnecting: 'Reconnecting…',
    liveHint: 'New messages appear as they arrive.',
    reconnectingHint: 'The live connection dropped. Updates resume when it is back.',
  },
  health: {
    temporalDown:
      'The workflow engine (Temporal) is unreachable. Incoming messages are still saved, but automated replies and routing wait until it is back.',
    databaseDown: 'The database is unreachable. The inbox may be out of date.',
    unreachable: 'Cannot reach the Parley server. Retrying…',
  },
  list: {
    heading: 'Conversations',
    loading: 'Loading conversations…',
    loadFailed: 'Couldn’t load conversations.',
    refreshFailed: 'Couldn’t refresh the list; it may be out of date.',
    emptyTitle: 'No conversations yet',
    emptyBody: 'Messages sent to your WhatsApp number appear here.',
    loadMore: 'Load more conversations',
    loadingMore: 'Loading…',
    noPreview: 'No preview available',
  },
  thread: {
    nothingSelectedTitle: 'Select a conversation',
    nothingSelectedBody: 'Choose a conversation from the list to read its messages.',
    back: 'Back to conversations',
    loading: 'Loading messages…',
    loadFailed: 'Couldn’t load this conversation.',
    notFoundTitle: 'Conversation not found',
    notFoundBody: 'The link may be wrong, or the conversation no longer exists.',
    empty: 'No messages in this conversation yet.',
    loadEarlier: 'Load earlier messages',
    loadingEarlier: 'Loading earlier messages…',
    jumpToLatest: 'Jump to latest',
    messagesWith: (name: string) => `Messages with ${name}`,
  },
  message: {
    incoming: (name: string) => `${name} wrote:`,
    outgoing: 'You sent:',
    unsupported: 'This kind of message can’t be shown here yet.',
    failed: 'Not delivered',
    failedDetail: (message: string, code: string) => `Not delivered: ${message} (code ${code})`,
    status: {
      received: 'Received',
      pending: 'Sending',
      accepted: 'Accepted by WhatsApp',
      sent: 'Sent',
      delivered: 'Delivered',
      read: 'Read',
      failed: 'Not delivered',
    },
    newFrom: (name: string, text: string) => `New message from ${name}: ${text}`,
  },
  date: {
    today: 'Today',
    yesterday: 'Yesterday',
  },
};

export type Messages = typeof en;
