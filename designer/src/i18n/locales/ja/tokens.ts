import type { LocaleShape } from '../../locale-shape';
import type { tokens as en } from '../en/tokens';

export const tokens = {
  title: 'API トークン',
  intro:
    'トークンを使うと、スクリプトや他のシステムがあなたの代わりに Parley API を利用できます。トークンでできるのはスコープで許可した操作だけで、あなた自身の権限を超えることはありません。',
  introAdmin: '管理者は他のメンバーのトークンも表示し、取り消すことができます。',
  loadFailed: 'API トークンを読み込めませんでした。',
  create: {
    heading: 'トークンを作成',
    name: '名前',
    nameHint: '使用するシステムの名前（例：「CRM 同期」）。',
    scopes: 'スコープ',
    scopesHint: 'あなた自身ができる操作だけが表示されます。',
    chooseScope: 'スコープを 1 つ以上選択してください。',
    expiry: '有効期限',
    days: '{{count}} 日後',
    year: '1 年後',
    never: '無期限',
    submit: 'トークンを作成',
    submitting: '作成しています…',
  },
  created: {
    title: '新しいトークン「{{name}}」',
    warning: '今すぐコピーしてください。Parley はトークンの指紋しか保存しないため、二度と表示できません。',
    label: '新しい API トークン',
    copy: 'トークンをコピー',
    done: 'コピーしました',
  },
  list: {
    heading: 'トークン',
    empty: 'まだトークンはありません。',
    name: '名前',
    prefix: '先頭の文字',
    scopes: 'スコープ',
    owner: '所有者',
    created: '作成日時',
    lastUsed: '最終使用',
    expires: '有効期限',
    status: 'ステータス',
    actions: '操作',
    active: '有効',
    revokedOn: '{{date}} に取り消し',
    expired: '期限切れ',
  },
  revoke: {
    button: '取り消す',
    title: '「{{name}}」を取り消しますか？',
    body: 'このトークンを使っているものはすぐに動かなくなります。元に戻すことはできません。',
    confirm: 'トークンを取り消す',
    done: '「{{name}}」を取り消しました。',
  },
  scope: {
    inbox_read: {
      label: '受信箱の閲覧',
      description: '会話、メッセージ、メディア、ライブイベントストリーム。',
    },
    messages_send: {
      label: 'メッセージの送信',
      description: 'メッセージテンプレートなど、会話へのメッセージの送信。',
    },
    templates_read: {
      label: 'メッセージテンプレートの閲覧',
      description: 'メッセージテンプレート、そのグループ、ファイルライブラリ。',
    },
    templates_manage: {
      label: 'メッセージテンプレートの管理',
      description: 'メッセージテンプレートの作成、編集、削除、オン・オフ、同期と、ファイルのアップロード。',
    },
    channels_read: {
      label: 'チャネルアカウントの閲覧',
      description: '接続済みの WhatsApp 番号と Telegram ボット（認証情報は除く）。',
    },
    channels_manage: {
      label: 'チャネルアカウントの管理',
      description: 'チャネルアカウントの接続、名前の変更、オン・オフ、接続の解除。',
    },
    users_manage: { label: 'メンバーの管理', description: 'メンバーと招待。' },
    organisation_manage: { label: '組織の管理', description: '組織の名前。' },
    audit_read: { label: '監査ログの閲覧', description: '誰がいつ何を変更したか。' },
    webhooks_manage: {
      label: 'Webhook 配信の管理',
      description: 'Parley が読み取れなかった配信と、その再処理。',
    },
    credits_read: {
      label: 'クレジット残高の表示',
      description: '残高と、メッセージ送信にかかる料金。',
    },
    credits_manage: {
      label: 'クレジットの管理',
      description: 'クレジットの購入、台帳と利用状況の表示、残高不足の通知と通貨の設定。',
    },
    tokens_manage: {
      label: '全員の API トークンの管理',
      description: '組織の全メンバーの API トークンの表示と取り消し。',
    },
    routing_manage: {
      label: '振り分けの管理',
      description: 'チーム、振り分けルール、すべての担当者の会話の移動。',
    },
    flows_read: {
      label: 'フローの閲覧',
      description: 'フローとそのバージョン、分析、テスト実行、シークレットの名前。',
    },
    flows_manage: {
      label: 'フローの管理',
      description:
        'フローの作成・編集・公開・有効化・削除、テスト実行、HTTP リクエストの許可するホストとシークレットの設定。',
    },
  },
} as const satisfies LocaleShape<typeof en>;
