import type { LocaleShape } from '../../locale-shape';
import type { health as enHealth, roles as enRoles, shell as en, stream as enStream } from '../en/shell';

export const shell = {
  skipToContent: '本文へ移動',
  mainNav: 'メイン',
  nav: {
    inbox: '受信箱',
    templates: 'テンプレート',
    integrations: '連携',
    people: 'メンバー',
    teams: 'チーム',
    routing: '振り分けルール',
    organisation: '組織',
    apiTokens: 'API トークン',
    auditLog: '監査ログ',
    webhookDeliveries: 'Webhook 配信',
    credits: 'クレジット',
    cannedReplies: '定型文',
    businessHours: '営業時間',
    flows: 'フロー',
    flowSettings: 'フロー設定',
  },
  userMenu: '（ユーザーメニュー）',
  signedInAs: 'サインイン中のユーザー',
  account: 'アカウント',
  signOut: 'サインアウト',
  signOutFailed: 'サインアウトできませんでした。もう一度お試しください。',
  loadingApp: 'Parley を読み込んでいます…',
  adminOnly: {
    title: '管理者専用',
    body: 'このページは {{organisation}} の管理者だけが開けます。必要な場合は管理者にご依頼ください。',
    back: '受信箱へ移動',
  },
  notFound: {
    title: 'ページが見つかりません',
    body: 'アドレスが間違っているか、ページが移動した可能性があります。',
    home: 'Parley へ移動',
  },
  pageError: {
    title: 'このページを表示できませんでした',
  },
} as const satisfies LocaleShape<typeof en>;

export const roles = {
  admin: '管理者',
  agent: '担当者',
} as const satisfies LocaleShape<typeof enRoles>;

export const stream = {
  connecting: '接続中…',
  live: 'ライブ',
  reconnecting: '再接続中…',
  liveHint: '新しいメッセージは届きしだい表示されます。',
  reconnectingHint: 'ライブ接続が切れました。接続が戻ると更新が再開されます。',
} as const satisfies LocaleShape<typeof enStream>;

export const health = {
  temporalDown:
    'ワークフローエンジン（Temporal）に接続できません。受信メッセージは保存されますが、自動応答と振り分けは復旧まで待機します。',
  databaseDown: 'データベースに接続できません。受信箱の内容が古い可能性があります。',
  unreachable: 'Parley サーバーに接続できません。再試行しています…',
} as const satisfies LocaleShape<typeof enHealth>;
