import {
  conditionNodeSchema,
  httpRequestNodeSchema,
  listNodeSchema,
  replyButtonsNodeSchema,
  type FlowValidationContext,
} from '@parley/workflows/flows';
import { greetingChannel, greetingContext } from '@parley/workflows/flows/testing';
import { describe, expect, it } from 'vitest';
import { sampleNodes } from '../panel-fixtures.test-support';
import { panelLimits, schemaCounts } from './panel-limits';

const withChannels = (channels: FlowValidationContext['channels']): FlowValidationContext => ({
  ...greetingContext(),
  channels,
});
const whatsapp = greetingChannel.capabilities;
/** A roomier channel without headers or footers, as Telegram is. */
const telegram = {
  channelAccountId: 'channel-telegram',
  channelName: 'Telegram',
  capabilities: {
    ...whatsapp,
    interactive: { maxBodyLength: 4096, maxHeaderLength: null, maxFooterLength: null },
    replyButtons: { maxButtons: 10, maxTitleLength: 64, maxIdLength: 64 },
    list: whatsapp.list && { ...whatsapp.list, maxRows: 20, maxRowTitleLength: 64 },
  },
};

describe('the limits the panel counts against', () => {
  it('are WhatsApp’s on a WhatsApp flow', () => {
    const limits = panelLimits(greetingContext());
    expect(limits).toMatchObject({
      buttons: 3,
      buttonTitle: 20,
      rows: 10,
      rowTitle: 24,
      rowDescription: 72,
      body: 1024,
    });
    expect(limits).toMatchObject({
      header: 60,
      footer: 60,
      listButtonLabel: 20,
      sectionTitle: 24,
      ctaDisplayText: 20,
    });
  });

  it('are the strictest across the channels, whichever comes first', () => {
    expect(panelLimits(withChannels([telegram, greetingChannel]))).toMatchObject({
      buttons: 3,
      buttonTitle: 20,
      rows: 10,
    });
    expect(panelLimits(withChannels([greetingChannel, telegram]))).toMatchObject({
      rowTitle: 24,
      body: 1024,
    });
  });

  it('never go above the schema, and are the schema’s while loading or without channels', () => {
    expect(panelLimits(withChannels([telegram]))).toMatchObject({
      buttons: 3,
      buttonTitle: 40,
      rows: 10,
      rowTitle: 40,
    });
    // Telegram has no headers: the schema's maximum stays, and the validator says it is unsupported.
    expect(panelLimits(withChannels([telegram])).header).toBe(60);
    expect(panelLimits(undefined)).toMatchObject({
      text: 4096,
      body: 4096,
      buttonTitle: 40,
      label: 80,
      branchLabel: 40,
    });
    expect(panelLimits(undefined).caption.image).toBe(1024);
  });

  it('pin the schema’s counts on the schema itself', () => {
    const nodes = sampleNodes();
    const button = nodes.reply_buttons.buttons[0];
    const fits = (schema: { safeParse: (value: unknown) => { success: boolean } }, value: unknown) =>
      schema.safeParse(value).success;
    const many = <T>(item: T, n: number) => Array.from({ length: n }, () => item);
    for (const [count, build] of [
      [schemaCounts.buttons, (n: number) => ({ ...nodes.reply_buttons, buttons: many(button, n) })],
      [schemaCounts.rows, (n: number) => ({ ...nodes.list, rows: many(nodes.list.rows[0], n) })],
      [
        schemaCounts.branches,
        (n: number) => ({ ...nodes.condition, branches: many(nodes.condition.branches[0], n) }),
      ],
      [
        schemaCounts.headers,
        (n: number) => ({ ...nodes.http_request, headers: many(nodes.http_request.headers[0], n) }),
      ],
    ] as const) {
      const schema = {
        reply_buttons: replyButtonsNodeSchema,
        list: listNodeSchema,
        condition: conditionNodeSchema,
        http_request: httpRequestNodeSchema,
      }[build(1).type];
      expect(fits(schema, build(count))).toBe(true);
      expect(fits(schema, build(count + 1))).toBe(false);
    }
    const rule = nodes.condition.branches[0]?.rules[0];
    const branch = (n: number) => ({
      ...nodes.condition,
      branches: [{ id: 'c1', match: 'all', rules: many(rule, n) }],
    });
    expect(fits(conditionNodeSchema, branch(schemaCounts.rules))).toBe(true);
    expect(fits(conditionNodeSchema, branch(schemaCounts.rules + 1))).toBe(false);
    const map = (n: number) => ({
      ...nodes.http_request,
      responseMap: many({ path: 'a', variable: 'a' }, n),
    });
    expect(fits(httpRequestNodeSchema, map(schemaCounts.responseMap))).toBe(true);
    expect(fits(httpRequestNodeSchema, map(schemaCounts.responseMap + 1))).toBe(false);
  });
});
