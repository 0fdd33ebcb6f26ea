import { whatsappManifest } from '@parley/connector-whatsapp';
import { outputPorts, validateFlow, type FlowValidationContext } from '@parley/workflows/flows';
import { describe, expect, it } from 'vitest';
import { quickReplyFlow, restingFlow } from './flows-graphs.js';
import { parseFlowsOptions } from './flows-options.js';

const context: FlowValidationContext = {
  channels: [
    {
      channelAccountId: 'whatsapp',
      channelName: 'WhatsApp',
      capabilities: whatsappManifest.capabilities,
    },
  ],
  templates: [],
  teams: [],
  agents: [],
  flows: [],
  secrets: [],
  allowedHosts: [],
};

describe('bench:flows graphs', () => {
  it('builds a valid 10-node quick-reply flow with 4 taps and 8 messages', () => {
    const plan = quickReplyFlow();
    expect(validateFlow(plan.graph, context).problems).toEqual([]);
    expect(plan.graph.nodes).toHaveLength(10);
    expect(plan).toMatchObject({ steps: 10, messages: 8 });
    expect(plan.taps.map((tap) => tap.buttonId)).toEqual([
      'flow:menu_1:left',
      'flow:menu_2:left',
      'flow:menu_3:left',
      'flow:menu_4:left',
    ]);
    const menus = plan.graph.nodes.filter((node) => node.type === 'reply_buttons');
    for (const menu of menus) expect(outputPorts(menu)).toEqual(['left', 'right', 'no_match']);
  });

  it('builds a valid resting flow', () => {
    expect(validateFlow(restingFlow(), context).problems).toEqual([]);
  });
});

describe('bench:flows options', () => {
  it('defaults to 50 customers, 3 rounds and 10,000 resting on an own stack', () => {
    expect(parseFlowsOptions([], {})).toMatchObject({
      conversations: 50,
      rounds: 3,
      resting: 10_000,
      restingTimeout: 1_600,
      engineEnv: {},
    });
  });

  it('takes a quick run and engine environment', () => {
    const options = parseFlowsOptions([
      '--conversations',
      '10',
      '--resting',
      '300',
      '--engine-env',
      'TEMPORAL_MAX_CACHED_WORKFLOWS=500',
    ]);
    expect(options).toMatchObject({
      conversations: 10,
      resting: 300,
      engineEnv: { TEMPORAL_MAX_CACHED_WORKFLOWS: '500' },
    });
  });

  it('needs the admin password for a running engine', () => {
    const env = { WHATSAPP_API_BASE_URL: 'http://127.0.0.1:9000', WHATSAPP_APP_SECRET: 's' };
    expect(() => parseFlowsOptions(['--engine', 'http://127.0.0.1:8000'], env)).toThrow(/admin-password/);
    expect(
      parseFlowsOptions(['--engine', 'http://127.0.0.1:8000'], { ...env, PARLEY_ADMIN_PASSWORD: 'pw' }),
    ).toMatchObject({ adminPassword: 'pw', sandbox: 'http://127.0.0.1:9000' });
  });
});
