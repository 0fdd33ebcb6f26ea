import type { LocaleShape } from '../../locale-shape';
import type { credits as en } from '../en/credits';

/** 日本語は単数と複数を区別しないため、amount_one と amount_other は同じ文言。 */
export const credits = {
  amount_one: '{{credits}} クレジット',
  amount_other: '{{credits}} クレジット',
  low: {
    banner:
      'クレジット残高が少なくなっています（残り {{balance}}）。残高がなくなると有料のメッセージを送信できません。',
    buy: 'クレジットを購入',
    announce: 'クレジット残高が {{threshold}} を下回りました。残り {{balance}} です。',
  },
  price: {
    cost: '{{amount}}（残高 {{balance}}）',
    composerCost: 'このメッセージの料金は {{amount}}（残高 {{balance}}）。',
    free: {
      customer_service_window: '無料 — カスタマーサービスウィンドウ内',
      entry_point: '無料 — 無料エントリーポイントウィンドウ内',
      open_conversation: '無料 — 課金済みの会話の期間内',
      no_rate: '無料 — このカテゴリと地域には料金がありません',
    },
    insufficient: '残高が足りないため送信できません。',
    buy: 'クレジットを購入',
    askAdmin: 'クレジットは管理者が購入できます。',
    checking: '料金を確認しています…',
    failed: '料金を確認できませんでした。',
  },
} as const satisfies LocaleShape<typeof en>;
