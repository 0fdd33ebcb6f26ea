import { account } from './en/account';
import { audit } from './en/audit';
import { auth } from './en/auth';
import { common, date, language } from './en/common';
import { composer } from './en/composer';
import { credits } from './en/credits';
import { autoReplies } from './en/auto-replies';
import { deliveries } from './en/deliveries';
import { errors, forms } from './en/errors';
import { channel, inbox } from './en/inbox';
import { inboxWork } from './en/inbox-work';
import { integrations } from './en/integrations';
import { organisation } from './en/organisation';
import { people } from './en/people';
import { settingsWork } from './en/settings-work';
import { health, roles, shell, stream } from './en/shell';
import { templates } from './en/templates';
import { threadWork } from './en/thread-work';
import { tokens } from './en/tokens';
import { whatsapp } from './en/whatsapp';

/** English UI text, the reference every other language is checked against. */
export const en = {
  common,
  date,
  language,
  errors,
  forms,
  shell,
  roles,
  stream,
  health,
  auth,
  inbox,
  inboxWork,
  composer,
  threadWork,
  autoReplies,
  channel,
  templates,
  integrations,
  whatsapp,
  people,
  organisation,
  tokens,
  audit,
  deliveries,
  account,
  credits,
  settingsWork,
} as const;
