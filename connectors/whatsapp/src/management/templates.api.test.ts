import { ConnectorSendError } from '@parley/connector-sdk';
import { describe, expect, it } from 'vitest';
import { fakeGraph, graphError } from '../fixtures/fake-graph.fixture.js';
import { loadMetaSpec } from '../spec/meta-spec.js';
import { createWhatsAppManagementClient } from './management.client.js';
import type { TemplateDefinition } from './template.schema.js';

const spec = loadMetaSpec();
const config = { apiBaseUrl: 'https://graph.example.test', graphVersion: 'v21.0', accessToken: 'token-1' };
const wabaId = '102290129340398';
const definition: TemplateDefinition = {
  name: 'order_shipped',
  language: 'en_US',
  category: 'UTILITY',
  components: [
    { type: 'HEADER', format: 'TEXT', text: 'Order {{1}}', example: { header_text: ['#42'] } },
    { type: 'BODY', text: 'Hi {{1}}, your order ships {{2}}.', example: { body_text: [['Ada', 'today']] } },
    { type: 'FOOTER', text: 'Parley Shop' },
    {
      type: 'BUTTONS',
      buttons: [
        { type: 'QUICK_REPLY', text: 'Stop updates' },
        { type: 'URL', text: 'Track', url: 'https://parley.dev/track/{{1}}', example: ['42'] },
        { type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+15550100' },
      ],
    },
  ],
};
const templateAnswer = {
  id: '1234567890',
  name: 'order_shipped',
  language: 'en_US',
  status: 'REJECTED',
  category: 'UTILITY',
  rejected_reason: 'INVALID_FORMAT',
  components: [{ type: 'BODY', text: 'Hi {{1}}' }],
};

async function failure(promise: Promise<unknown>): Promise<ConnectorSendError> {
  const error = await promise.catch((caught: unknown) => caught);
  if (!(error instanceof ConnectorSendError))
    throw new Error(`expected ConnectorSendError, got ${String(error)}`);
  return error;
}

describe('templates', () => {
  it("creates a template with Meta's body, valid against the spec", async () => {
    const graph = fakeGraph({
      [`POST /v21.0/${wabaId}/message_templates`]: Response.json({
        id: '1234567890',
        status: 'PENDING',
        category: 'UTILITY',
      }),
    });
    const client = createWhatsAppManagementClient(config, { fetch: graph.fetch });
    await expect(client.createTemplate(wabaId, definition)).resolves.toEqual({
      id: '1234567890',
      status: 'PENDING',
      category: 'UTILITY',
    });
    const [request] = graph.requests;
    expect(request?.headers.get('authorization')).toBe('Bearer token-1');
    expect(request?.json).toEqual(definition);
    expect(spec.requestBody('/{Version}/{WABA-ID}/message_templates', 'post')(request?.json)).toEqual([]);
  });

  it('refuses a template breaking WhatsApp rules before sending it', async () => {
    const graph = fakeGraph({});
    const client = createWhatsAppManagementClient(config, { fetch: graph.fetch });
    const error = await failure(client.createTemplate(wabaId, { ...definition, name: 'Order Shipped' }));
    expect(error).toMatchObject({ platformCode: 'invalid_request', retryable: false });
    expect(error.message).toContain('name lowercase letters, digits and underscores only');
    expect(graph.requests).toHaveLength(0);
  });

  it('edits a template, valid against the spec', async () => {
    const graph = fakeGraph({ 'POST /v21.0/1234567890': Response.json({ success: true }) });
    const client = createWhatsAppManagementClient(config, { fetch: graph.fetch });
    const components = definition.components.filter((component) => component.type !== 'HEADER');
    await client.editTemplate('1234567890', { components });
    expect(graph.requests[0]?.json).toEqual({ components });
    expect(spec.requestBody('/{Version}/{TEMPLATE_ID}', 'post')(graph.requests[0]?.json)).toEqual([]);
    await expect(failure(client.editTemplate('1234567890', {}))).resolves.toMatchObject({
      platformCode: 'invalid_request',
    });
  });

  it('unpauses a template with POST /{template-id}/unpause, and maps a refusal', async () => {
    const graph = fakeGraph({
      'POST /v21.0/1234567890/unpause': Response.json({ success: true }),
      'POST /v21.0/2/unpause': graphError(400, 100, 'Invalid parameter'),
    });
    const client = createWhatsAppManagementClient(config, { fetch: graph.fetch });
    await expect(client.unpauseTemplate('1234567890')).resolves.toBeUndefined();
    expect(graph.requests[0]?.headers.get('authorization')).toBe('Bearer token-1');
    expect(graph.requests[0]?.body).toBe('');
    expect(await failure(client.unpauseTemplate('2'))).toMatchObject({
      platformCode: '100',
      retryable: false,
    });
  });

  it('deletes by name, or one language by id (hsm_id)', async () => {
    const graph = fakeGraph({
      [`DELETE /v21.0/${wabaId}/message_templates`]: Response.json({ success: true }),
    });
    const client = createWhatsAppManagementClient(config, { fetch: graph.fetch });
    await client.deleteTemplate(wabaId, { name: 'order_shipped', templateId: '1234567890' });
    await client.deleteTemplate(wabaId, { name: 'order_shipped' });
    expect(graph.requests.map((request) => request.url.search)).toEqual([
      '?name=order_shipped&hsm_id=1234567890',
      '?name=order_shipped',
    ]);
  });

  it('lists with filters and cursor paging, and gets one with its rejection reason', async () => {
    const graph = fakeGraph({
      [`GET /v21.0/${wabaId}/message_templates`]: Response.json({
        data: [templateAnswer, { ...templateAnswer, id: '2', status: 'APPROVED', rejected_reason: 'NONE' }],
        paging: { cursors: { before: 'MAZDZD', after: 'MjQZD' }, next: 'https://graph.example.test/next' },
      }),
      'GET /v21.0/1234567890': Response.json(templateAnswer),
    });
    const client = createWhatsAppManagementClient(config, { fetch: graph.fetch });
    const page = await client.listTemplates(wabaId, {
      status: 'REJECTED',
      name: 'order',
      limit: 2,
      after: 'MAZDZD',
    });
    expect(page.nextCursor).toBe('MjQZD');
    expect(page.templates.map((template) => [template.id, template.status, template.rejectedReason])).toEqual(
      [
        ['1234567890', 'REJECTED', 'INVALID_FORMAT'],
        ['2', 'APPROVED', undefined],
      ],
    );
    const query = graph.requests[0]?.url.searchParams;
    expect([query?.get('status'), query?.get('name'), query?.get('limit'), query?.get('after')]).toEqual([
      'REJECTED',
      'order',
      '2',
      'MAZDZD',
    ]);
    expect(query?.get('fields')).toContain('rejected_reason');
    await expect(client.getTemplate('1234567890')).resolves.toMatchObject({
      id: '1234567890',
      status: 'REJECTED',
      category: 'UTILITY',
      rejectedReason: 'INVALID_FORMAT',
      components: [{ type: 'BODY', text: 'Hi {{1}}' }],
    });
  });

  it('lists all templates of a WABA, following the cursor to the last page', async () => {
    const pages: Record<string, unknown> = {
      '': {
        data: [templateAnswer],
        paging: { cursors: { after: 'P2' }, next: 'https://graph.example.test/2' },
      },
      P2: {
        data: [{ ...templateAnswer, id: '2' }],
        paging: { cursors: { after: 'P3' }, next: 'https://x/3' },
      },
      P3: { data: [{ ...templateAnswer, id: '3' }], paging: { cursors: { after: 'P4' } } },
    };
    const graph = fakeGraph({
      [`GET /v21.0/${wabaId}/message_templates`]: ({ url }) =>
        Response.json(pages[url.searchParams.get('after') ?? '']),
    });
    const client = createWhatsAppManagementClient(config, { fetch: graph.fetch });
    const all = await client.listAllTemplates(wabaId, { status: 'APPROVED' });
    expect(all.map((template) => template.id)).toEqual(['1234567890', '2', '3']);
    expect(graph.requests.map((request) => request.url.searchParams.get('after'))).toEqual([
      null,
      'P2',
      'P3',
    ]);
    for (const request of graph.requests) {
      expect(request.url.searchParams.get('limit')).toBe('100');
      expect(request.url.searchParams.get('status')).toBe('APPROVED');
    }
  });

  it('has no next cursor on the last page', async () => {
    const graph = fakeGraph({
      [`GET /v21.0/${wabaId}/message_templates`]: Response.json({
        data: [],
        paging: { cursors: { before: 'A', after: 'B' } },
      }),
    });
    const page = await createWhatsAppManagementClient(config, { fetch: graph.fetch }).listTemplates(wabaId);
    expect(page).toEqual({ templates: [] });
  });

  it('maps errors like sends, and needs a token', async () => {
    const graph = fakeGraph({
      [`POST /v21.0/${wabaId}/message_templates`]: graphError(400, 100, 'Message template already exists'),
      'GET /v21.0/1': graphError(401, 190, 'Error validating access token'),
      'GET /v21.0/2': graphError(500, 2, 'Service temporarily unavailable'),
    });
    const client = createWhatsAppManagementClient(config, { fetch: graph.fetch });
    expect(await failure(client.createTemplate(wabaId, definition))).toMatchObject({
      platformCode: '100',
      retryable: false,
    });
    expect(await failure(client.getTemplate('1'))).toMatchObject({
      platformCode: '190',
      retryable: false,
      httpStatus: 401,
    });
    expect(await failure(client.getTemplate('2'))).toMatchObject({ platformCode: '2', retryable: true });
    const anonymous = createWhatsAppManagementClient(
      { ...config, accessToken: undefined },
      { fetch: graph.fetch },
    );
    expect(await failure(anonymous.getTemplate('1'))).toMatchObject({
      platformCode: 'no_access_token',
      retryable: false,
    });
    expect(graph.requests).toHaveLength(3);
  });

  it('refuses a success answer it cannot read', async () => {
    const graph = fakeGraph({ 'GET /v21.0/1': Response.json({ id: '1' }) });
    const error = await failure(
      createWhatsAppManagementClient(config, { fetch: graph.fetch }).getTemplate('1'),
    );
    expect(error).toMatchObject({ platformCode: 'invalid_response', retryable: false });
  });
});
