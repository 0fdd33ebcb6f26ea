import type { Messages } from './en';

/** 日本語の UI テキスト。`Messages` 型により、キーの不足や余分なキーはコンパイルエラーになる。 */
export const ja: Messages = {
  appName: 'Parley',
  language: '言語',
  retry: '再試行',
  stream: {
    connecting: '接続中…',
    live: 'ライブ',
    reconnecting: '再接続中…',
    liveHint: '新しいメッセージは届きしだい表示されます。',
    reconnectingHint: 'ライブ接続が切れました。接続が戻ると更新が再開されます。',
  },
  health: {
    temporalDown:
      'ワークフローエンジン（Temporal）に接続できません。受信メッセージは保存されますが、自動応答と振り分けは復旧まで待機します。',
    databaseDown: 'データベースに接続できません。受信箱の内容が古い可能性があります。',
    unreachable: 'Parley サーバーに接続できません。再試行しています…',
  },
  list: {
    heading: '会話',
    loading: '会話を読み込んでいます…',
    loadFailed: '会話を読み込めませんでした。',
    refreshFailed: '一覧を更新できませんでした。内容が古い可能性があります。',
    emptyTitle: 'まだ会話はありません',
    emptyBody: 'WhatsApp の番号に送られたメッセージがここに表示されます。',
    loadMore: 'さらに会話を読み込む',
    loadingMore: '読み込み中…',
    noPreview: 'プレビューはありません',
  },
  thread: {
    nothingSelectedTitle: '会話を選択してください',
    nothingSelectedBody: '一覧から会話を選ぶと、メッセージが表示されます。',
    back: '会話一覧に戻る',
    loading: 'メッセージを読み込んでいます…',
    loadFailed: 'この会話を読み込めませんでした。',
    notFoundTitle: '会話が見つかりません',
    notFoundBody: 'リンクが間違っているか、会話が存在しません。',
    empty: 'この会話にはまだメッセージがありません。',
    loadEarlier: '以前のメッセージを読み込む',
    loadingEarlier: '以前のメッセージを読み込んでいます…',
    jumpToLatest: '最新へ移動',
    messagesWith: (name: string) => `${name} とのメッセージ`,
  },
  message: {
    incoming: (name: string) => `${name}：`,
    outgoing: '送信：',
    unsupported: 'この種類のメッセージはまだ表示できません。',
    failed: '未配信',
    failedDetail: (message: string, code: string) => `未配信：${message}（コード ${code}）`,
    status: {
      received: '受信済み',
      pending: '送信中',
      accepted: 'WhatsApp が受付済み',
      sent: '送信済み',
      delivered: '配信済み',
      read: '既読',
      failed: '未配信',
    },
    newFrom: (name: string, text: string) => `${name} から新着メッセージ：${text}`,
  },
  date: {
    today: '今日',
    yesterday: '昨日',
  },
};
