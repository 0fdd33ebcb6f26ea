import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useApiApp } from '../testing/api-app.js';
import { createConversation } from '../testing/fixtures.js';
import { InboxEvents } from './inbox-events.service.js';
import type { InboxEvent } from '@parley/contracts';

// Contact profiles, internal notes and canned replies through the engine itself (the API role).
describe('the inbox profile API', () => {
  const api = useApiApp('/tmp/parley-inbox-profile-http-test');
  const { people, call } = api;

  it('keeps a contact profile: language, normalised unique tags, notes', async () => {
    const { contactId } = await createConversation(api.database, api.account, { phone: '819000000001' });
    const patched = await call('agent', 'PATCH', `/api/contacts/${contactId}`, {
      language: 'ja',
      tags: [' VIP ', 'vip', 'ＶＩＰ', 'Repeat   Buyer'],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id: contactId, language: 'ja', tags: ['repeat buyer', 'vip'] });
    expect(
      (await call('agent', 'PATCH', `/api/contacts/${contactId}`, { language: 'not a language' })).status,
    ).toBe(400);
    expect((await call('agent', 'PATCH', `/api/contacts/${contactId}`, {})).status).toBe(400);
    const note = await call('agent', 'POST', `/api/contacts/${contactId}/notes`, {
      text: ' Prefers mornings ',
    });
    expect(note).toMatchObject({
      status: 201,
      body: { text: 'Prefers mornings', author: { id: people.agent.userId } },
    });
    const profile = await call('other', 'GET', `/api/contacts/${contactId}`);
    expect(profile.body).toMatchObject({
      platformId: '819000000001',
      language: 'ja',
      tags: ['repeat buyer', 'vip'],
      notes: [{ text: 'Prefers mornings' }],
    });
    // Tags replace the old ones; the list filter finds the contact by any spelling of a tag.
    await call('agent', 'PATCH', `/api/contacts/${contactId}`, { tags: ['vip'] });
    expect((await call('agent', 'GET', `/api/contacts/${contactId}`)).body.tags).toEqual(['vip']);
    const tagged = await call('agent', 'GET', '/api/conversations?tag=%EF%BC%B6IP');
    expect((tagged.body.items as { contact: { id: string } }[]).map((item) => item.contact.id)).toEqual([
      contactId,
    ]);
    expect((await call('agent', 'GET', `/api/contacts/${randomUUID()}`)).status).toBe(404);
  });

  it('keeps internal notes in the thread, pushed live, never sent to the customer', async () => {
    const { conversationId } = await createConversation(api.database, api.account, { phone: '819000000002' });
    const seen: InboxEvent[] = [];
    const stop = api.app.get(InboxEvents).subscribe(api.organisationId, (event) => seen.push(event));
    const messagesBefore = await api.database.sql().selectFrom('Message').select('id').execute();
    const outboxBefore = await api.database.sql().selectFrom('OutboxEntry').select('id').execute();
    const created = await call('agent', 'POST', `/api/conversations/${conversationId}/notes`, {
      text: 'Asked about a refund; checking with billing',
    });
    stop();
    expect(created).toMatchObject({
      status: 201,
      body: { conversationId, author: { id: people.agent.userId } },
    });
    expect(seen).toEqual([{ type: 'conversation_note.created', note: created.body }]);
    expect(await api.database.sql().selectFrom('Message').select('id').execute()).toEqual(messagesBefore);
    expect(await api.database.sql().selectFrom('OutboxEntry').select('id').execute()).toEqual(outboxBefore);
    const listed = await call('other', 'GET', `/api/conversations/${conversationId}/notes`);
    expect(listed.body.items).toEqual([created.body]);
    const messages = await call('other', 'GET', `/api/conversations/${conversationId}/messages`);
    expect(messages.body.items).toEqual([]);
    expect(
      (await call('agent', 'POST', `/api/conversations/${conversationId}/notes`, { text: '  ' })).status,
    ).toBe(400);
    expect(
      (await call('agent', 'POST', `/api/conversations/${randomUUID()}/notes`, { text: 'x' })).status,
    ).toBe(404);
  });

  it('lets admins keep canned replies and renders their variables for a conversation', async () => {
    const { conversationId, contactId } = await createConversation(api.database, api.account, {
      phone: '819000000003',
    });
    await api.database
      .sql()
      .updateTable('Contact')
      .set({ name: 'Sato' })
      .where('id', '=', contactId)
      .execute();
    expect(
      (await call('agent', 'POST', '/api/canned-replies', { shortcut: 'hi', title: 'Hello', text: 'Hi' }))
        .status,
    ).toBe(403);
    const created = await call('admin', 'POST', '/api/canned-replies', {
      shortcut: 'thanks',
      title: 'Thank you',
      text: 'Thank you, {{contact.name}}! {{ agent.name }} here. {{order.id}}',
    });
    expect(created).toMatchObject({ status: 201, body: { shortcut: 'thanks' } });
    const id = created.body.id as string;
    expect(
      (await call('admin', 'POST', '/api/canned-replies', { shortcut: 'thanks', title: 'Again', text: 'x' }))
        .body.code,
    ).toBe('SHORTCUT_TAKEN');
    const rendered = await call(
      'agent',
      'POST',
      `/api/canned-replies/${id}/render?conversationId=${conversationId}`,
    );
    expect(rendered).toMatchObject({
      status: 201,
      body: { text: 'Thank you, Sato! aoi here. {{order.id}}', unknownVariables: ['order.id'] },
    });
    const updated = await call('admin', 'PUT', `/api/canned-replies/${id}`, {
      shortcut: 'thanks',
      title: 'Thanks',
      text: 'Thanks {{contact.name}}',
    });
    expect(updated.body).toMatchObject({ title: 'Thanks', text: 'Thanks {{contact.name}}' });
    expect((await call('agent', 'GET', '/api/canned-replies')).body.items).toMatchObject([
      { id, title: 'Thanks' },
    ]);
    expect((await call('admin', 'DELETE', `/api/canned-replies/${id}`)).status).toBe(200);
    expect((await call('agent', 'GET', `/api/canned-replies/${id}`)).status).toBe(404);
  });
});
