/** Credits wherever a message is sent: amounts, what a message costs, the low-balance banner. */
export const credits = {
  amount_one: '{{credits}} credit',
  amount_other: '{{credits}} credits',
  low: {
    banner: 'Credits are running low: {{balance}} left. Paid messages can’t be sent once they run out.',
    buy: 'Buy credits',
    announce: 'The credit balance fell below {{threshold}}: {{balance}} left.',
  },
  price: {
    cost: '{{amount}} (balance {{balance}})',
    composerCost: 'This message costs {{amount}} (balance {{balance}}).',
    free: {
      customer_service_window: 'Free — inside the customer service window',
      entry_point: 'Free — inside the free entry point window',
      open_conversation: 'Free — a conversation already paid for is open',
      no_rate: 'Free — no rate for this category and market',
    },
    insufficient: 'The balance isn’t enough to send this.',
    buy: 'Buy credits',
    askAdmin: 'An admin can buy credits.',
    checking: 'Checking the price…',
    failed: 'The price couldn’t be checked.',
  },
} as const;
