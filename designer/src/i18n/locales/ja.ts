import { account } from './ja/account';
import { audit } from './ja/audit';
import { auth } from './ja/auth';
import { common, date, language } from './ja/common';
import { composer } from './ja/composer';
import { credits } from './ja/credits';
import { autoReplies } from './ja/auto-replies';
import { deliveries } from './ja/deliveries';
import { errors, forms } from './ja/errors';
import { channel, inbox } from './ja/inbox';
import { inboxWork } from './ja/inbox-work';
import { integrations } from './ja/integrations';
import { organisation } from './ja/organisation';
import { people } from './ja/people';
import { settingsWork } from './ja/settings-work';
import { health, roles, shell, stream } from './ja/shell';
import { templates } from './ja/templates';
import { threadWork } from './ja/thread-work';
import { tokens } from './ja/tokens';
import { whatsapp } from './ja/whatsapp';
import type { LocaleShape } from '../locale-shape';
import type { en } from './en';

/** 日本語の UI テキスト。各部分は英語版と同じキーを持つことが型で保証される。 */
export const ja = {
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
} as const satisfies LocaleShape<typeof en>;
