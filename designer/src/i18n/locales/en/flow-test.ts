/** A flow's Test tab: running the draft on a sandbox customer's conversation and its trace. */
export const flowTest = {
  intro:
    'Runs the saved draft, without publishing it, on a conversation with one of the sandbox’s customers. Answer as the customer on the sandbox, and follow the run here step by step.',
  notCounted: 'Test runs are not counted in analytics.',
  conversation: 'Conversation',
  conversationHint:
    'The most recent conversations with the sandbox’s customers: test runs never go to real customers.',
  conversationOption: '{{customer}} — {{account}}',
  customer: 'Customer',
  noConversations: 'No conversation yet: write to the sandbox’s number as a customer first.',
  refused: {
    NOT_A_SANDBOX_CONVERSATION:
      'This conversation is with a real customer: test runs go to the sandbox’s customers only.',
    CONVERSATION_ASSIGNED:
      'A person owns this conversation, so automation doesn’t send there. Return it to automation first.',
    NO_CUSTOMER_MESSAGE:
      'The customer hasn’t written in this conversation yet: send a message as the customer first.',
  },
  run: 'Run the draft',
  starting: 'Starting…',
  invalid_one: 'The draft can’t run: it has {{count}} problem.',
  invalid_other: 'The draft can’t run: it has {{count}} problems.',
  status: {
    running: 'Running',
    completed: 'Completed',
    assigned: 'Assigned to people',
    dropped: 'Dropped',
  },
  trace: {
    title: 'Trace',
    loadFailed: 'Couldn’t load this run.',
    status: 'Status',
    conversation: 'Conversation',
    started: 'Started',
    ended: 'Ended',
    waitingIn: 'Waiting in',
    dropReason: 'Why it stopped',
    detail: 'Detail',
    openInbox: 'Open the conversation in the inbox',
    noSteps: 'No step yet.',
    span: '{{entered}} → {{exited}}',
    enteredOnly: 'Since {{entered}}',
    port: 'Left by output {{port}}',
    dropped: 'Stopped here: {{reason}}',
    endedHere: 'The run ended here',
    here: 'The run is here now',
    input: 'Input',
    output: 'Output',
    effects: 'Effects',
  },
  recent: {
    title: 'Earlier test runs',
    none: 'No test run yet.',
    started: 'Started',
    conversation: 'Conversation',
    status: 'Status',
    actions: 'Actions',
    show: 'Show trace',
  },
} as const;
