/** Settings → Flow settings: where HTTP request nodes may go, and the secrets they may send. */
export const flowSettings = {
  title: 'Flow settings',
  intro:
    'HTTP request nodes call your systems from a flow. They may call only the hosts allowed here, and send secrets kept here.',
  loadFailed: 'Couldn’t load the flow settings.',
  hosts: {
    title: 'Allowed hosts',
    intro:
      'A host name such as api.example.com, or *.example.com for its subdomains, with a port if needed. Requests to any other host are refused.',
    none: 'No host is allowed: HTTP request nodes can’t call anything yet.',
    host: 'Host {{n}}',
    remove: 'Remove host {{n}}',
    add: 'Add a host',
    invalid: 'Write a host name such as api.example.com or *.example.com.',
    repeated: 'This host is already in the list.',
    tooMany: 'At most {{max}} hosts.',
    save: 'Save hosts',
    saved: 'Saved.',
  },
  secrets: {
    title: 'Secrets',
    intro:
      'API keys and tokens for HTTP requests. A value can be set or replaced, never read back: only the names are shown.',
    usage:
      'Write {{placeholder}} in an HTTP request node’s header values or body; Parley fills in the value when the request runs; it is never stored in the flow or its exports.',
    exampleLabel: 'For example, in a node’s JSON:',
    elsewhere: 'A secret anywhere else in a flow (a message, the URL) is a problem that stops publishing.',
    none: 'No secret yet.',
    column: {
      name: 'Name',
      updated: 'Last set',
      actions: 'Actions',
    },
    replace: 'Replace value',
    setTitle: 'Set a secret',
    name: 'Name',
    nameHint:
      'Upper-case letters, digits and "_", starting with a letter, such as SHOP_API_KEY. An existing name gets the new value.',
    nameRule: 'Use upper-case letters, digits and "_", starting with a letter (at most 40).',
    value: 'Value',
    valueHint: 'Sent once; it can’t be shown again.',
    valueRequired: 'Write the value.',
    save: 'Save secret',
    saved: 'The secret {{name}} is saved.',
    delete: {
      button: 'Delete',
      title: 'Delete the secret {{name}}?',
      body: 'Flows that use {{name}} can’t be published until it is set again, and published ones send it empty.',
      confirm: 'Delete secret',
      done: 'The secret {{name}} was deleted.',
    },
  },
} as const;
