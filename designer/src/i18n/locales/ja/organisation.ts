import type { LocaleShape } from '../../locale-shape';
import type { organisation as en } from '../en/organisation';

/** 設定 → 組織：名前とプラン。 */
export const organisation = {
  title: '組織',
  nameHeading: '名前',
  name: '組織名',
  nameHint: '招待、メール、ヘッダーに表示されます。',
  submit: '名前を保存',
  saved: '保存しました。',
  plan: {
    heading: 'プラン',
    name: 'プラン',
    whatsapp: 'WhatsApp Business の番号',
    telegram: 'Telegram ボット',
    included: '含まれます',
    notIncluded: '含まれません',
    users: 'メンバー数の上限（保留中の招待を含む）',
    channelAccounts: '接続できるチャネルアカウント数の上限',
    change: 'プランの変更は、この Parley の運用担当者が行います（npm run parley -- set-plan）。',
  },
} as const satisfies LocaleShape<typeof en>;
