import type { LocaleShape } from '../../locale-shape';
import type { audit as en } from '../en/audit';

export const audit = {
  title: '監査ログ',
  intro: 'この組織で管理者、運用担当者、Parley が行った変更です（新しい順）。',
  loadFailed: '監査ログを読み込めませんでした。',
  empty: 'まだ記録はありません。',
  loadMore: 'さらに古い記録を読み込む',
  column: {
    at: '日時',
    actor: '実行者',
    action: '操作',
    target: '対象',
    changes: '変更内容',
  },
  actor: {
    operator: '運用担当者（コマンドライン）',
    system: 'Parley',
  },
  diff: {
    field: '項目',
    before: '変更前',
    after: '変更後',
    empty: '（空）',
    changesOf: '{{target}} の変更内容',
  },
  action: {
    organisation: {
      created: '組織を作成',
      renamed: '組織名を変更',
      plan_changed: 'プランを変更',
    },
    invitation: {
      created: 'メンバーを招待',
      resent: '招待を再送',
      revoked: '招待を取り消し',
    },
    user: {
      joined: '組織に参加',
      role_changed: 'メンバーの役割を変更',
      deactivated: 'メンバーを無効化',
      reactivated: 'メンバーを有効化',
      unlocked: 'サインインのロックを解除',
      password_reset_link_created: 'パスワードリセットリンクを作成',
      signed_out_everywhere: 'すべての端末からサインアウト',
    },
    api_token: {
      created: 'API トークンを作成',
      revoked: 'API トークンを取り消し',
    },
    channel_account: {
      connected: 'チャネルアカウントを接続',
      renamed: 'チャネルアカウントの名前を変更',
      enabled: 'チャネルアカウントで Parley をオン',
      disabled: 'チャネルアカウントで Parley をオフ',
      disconnected: 'チャネルアカウントの接続を解除',
      automatic_replies_updated: 'チャネルアカウントの自動返信を変更',
    },
    dead_letter: {
      replayed: 'Webhook 配信を再処理',
    },
    template: {
      created: 'メッセージテンプレートを作成',
      edited: 'メッセージテンプレートを編集',
      deleted: 'メッセージテンプレートを削除',
      enabled: 'メッセージテンプレートをオン',
      disabled: 'メッセージテンプレートをオフ',
    },
    credits: {
      settings_updated: 'クレジットの設定を変更',
      purchase_created: 'クレジットの購入を開始',
      purchase_granted: '購入したクレジットを付与',
      adjusted: 'クレジット残高を調整',
    },
    team: {
      created: 'チームを作成',
      updated: 'チームを変更',
      deleted: 'チームを削除',
    },
    routing_rules: {
      updated: '振り分けルールを変更',
    },
    flow: {
      created: 'フローを作成',
      imported: 'フローをインポート',
      published: 'フローを公開',
      rolled_back: 'フローを以前のバージョンにロールバック',
      activation_updated: 'フローを有効にする場所を変更',
      deleted: 'フローを削除',
    },
    flow_settings: {
      hosts_updated: 'フローが呼び出せるホストを変更',
      secret_set: 'フローのシークレットを設定',
      secret_deleted: 'フローのシークレットを削除',
    },
  },
} as const satisfies LocaleShape<typeof en>;
