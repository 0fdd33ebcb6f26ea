/** キャンバス横のテストチャット：管理者がサンドボックスの顧客として送信し、保存済みの下書きが応答します。 */
export const flowTestChat = {
  title: 'テストチャット',
  close: 'テストチャットを閉じる',
  account: 'チャネルアカウント',
  accountHint: 'WhatsApp サンドボックスのアカウントのみです。下書きが実際のお客様に届くことはありません。',
  noAccounts:
    'サンドボックスにつながる WhatsApp アカウントがありません。サンドボックス付きで Parley を起動すると（npm start）、ここで下書きをテストできます。',
  you: 'サンドボックスでは {{name}}（{{number}}）として送信します。',
  phone: '{{account}} とのメッセージ',
  empty: 'お客様としてメッセージを送ると、下書きが始まります。',
  from: {
    customer: 'あなた',
    business: 'ビジネス',
  },
  ticks: {
    pending: '送信中',
    sent: '送信済み',
    delivered: '配信済み',
    read: '既読',
  },
  chosen: '「{{title}}」を選びました',
  media: '添付ファイル：{{kind}}',
  template: 'テンプレート「{{name}}」',
  other: 'チャットでは表示できないメッセージです',
  link: '{{url}} を新しいタブで開きます',
  listRows: '「{{label}}」の選択肢',
  typing: 'ビジネスが入力中です…',
  message: 'お客様としてのメッセージ',
  placeholder: 'メッセージを入力',
  send: '送信',
  saving:
    '下書きを保存しています… テストは保存済みの下書きで行うため、保存が終わるまで送信をお待ちください。',
  restart: 'やり直す',
  restartHint: '最新のメッセージから、保存済みの下書きをもう一度実行します。',
  run: 'テスト実行',
  noRun: 'テスト実行はまだありません。最初のメッセージで始まります。',
  steps: 'ステップ',
  invalid_one: '下書きに {{count}} 件の問題があります。キャンバスで修正してからテストしてください。',
  invalid_other: '下書きに {{count}} 件の問題があります。キャンバスで修正してからテストしてください。',
  refused: {
    SANDBOX_UNREACHABLE:
      'WhatsApp サンドボックスが応答しません。起動しているか（npm start で起動します）確認してから、もう一度お試しください。',
    NOT_A_SANDBOX_CHANNEL:
      'このアカウントは実際のお客様とつながっています。テストチャットはサンドボックスでのみ使えます。',
    CHANNEL_ACCOUNT_OFF: 'このアカウントはオフになっています。連携設定でオンにしてからテストしてください。',
    CONVERSATION_ASSIGNED: 'テスト中の会話が他の担当者に割り当てられました。もう一度お試しください。',
  },
};
