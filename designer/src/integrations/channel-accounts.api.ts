import {
  channelAccountSchema,
  whatsappSignupSchema,
  type CompleteWhatsAppSignupRequest,
  type ConnectTelegramRequest,
  type ExchangeWhatsAppSignupRequest,
  type Locale,
  type UpdateChannelAccountRequest,
} from '@parley/contracts';
import { z } from 'zod';
import { api, segment } from '../api/http';

/** The engine's channel account and connect routes. */

const accountList = z.object({ items: z.array(channelAccountSchema) });

export const listChannelAccounts = async (signal?: AbortSignal) =>
  (await api('GET', '/api/channel-accounts', accountList, { signal })).items;

export const getChannelAccount = (id: string, signal?: AbortSignal) =>
  api('GET', `/api/channel-accounts/${segment(id)}`, channelAccountSchema, { signal });

export const updateChannelAccount = (id: string, body: UpdateChannelAccountRequest) =>
  api('PATCH', `/api/channel-accounts/${segment(id)}`, channelAccountSchema, { body });

export const disconnectChannelAccount = (id: string) =>
  api('DELETE', `/api/channel-accounts/${segment(id)}`, channelAccountSchema);

export const startWhatsAppSignup = (locale: Locale) =>
  api('POST', '/api/whatsapp/signups', whatsappSignupSchema, { body: { locale } });

export const exchangeWhatsAppSignup = (id: string, body: ExchangeWhatsAppSignupRequest) =>
  api('POST', `/api/whatsapp/signups/${segment(id)}/exchange`, whatsappSignupSchema, { body });

export const completeWhatsAppSignup = (id: string, body: CompleteWhatsAppSignupRequest) =>
  api('POST', `/api/whatsapp/signups/${segment(id)}/complete`, channelAccountSchema, { body });

export const connectTelegram = (body: ConnectTelegramRequest) =>
  api('POST', '/api/telegram/bots', channelAccountSchema, { body });
