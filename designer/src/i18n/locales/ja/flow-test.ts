import type { LocaleShape } from '../../locale-shape';
import type { flowTest as en } from '../en/flow-test';

/** 日本語は単数と複数を区別しないため、_one と _other は同じ文言。 */
export const flowTest = {
  intro:
    '保存済みの下書きを、公開せずにサンドボックスのお客様との会話で実行します。サンドボックスでお客様として返信し、ここで実行を 1 ステップずつ確認できます。',
  notCounted: 'テスト実行は分析に含まれません。',
  conversation: '会話',
  conversationHint:
    'サンドボックスのお客様との最近の会話です。テスト実行が実際のお客様に送られることはありません。',
  conversationOption: '{{customer}} — {{account}}',
  customer: 'お客様',
  noConversations: '会話がまだありません。先にお客様としてサンドボックスの番号にメッセージを送ってください。',
  refused: {
    NOT_A_SANDBOX_CONVERSATION:
      'この会話の相手は実際のお客様です。テスト実行はサンドボックスのお客様とだけ行えます。',
    CONVERSATION_ASSIGNED:
      'この会話には担当者がいるため、自動応答は送信されません。先に会話を自動応答に戻してください。',
    NO_CUSTOMER_MESSAGE:
      'お客様がこの会話でまだメッセージを送っていません。先にお客様としてメッセージを送ってください。',
  },
  run: '下書きを実行',
  starting: '開始中…',
  invalid_one: '下書きに {{count}} 件の問題があるため実行できません。',
  invalid_other: '下書きに {{count}} 件の問題があるため実行できません。',
  status: {
    running: '実行中',
    completed: '完了',
    assigned: '担当者に割り当て',
    dropped: '中断',
  },
  trace: {
    title: 'トレース',
    loadFailed: 'この実行を読み込めませんでした。',
    status: '状態',
    conversation: '会話',
    started: '開始',
    ended: '終了',
    waitingIn: '待機中のノード',
    dropReason: '中断の理由',
    detail: '詳細',
    openInbox: '受信箱で会話を開く',
    noSteps: 'まだステップはありません。',
    span: '{{entered}} → {{exited}}',
    enteredOnly: '{{entered}} から',
    port: '出力 {{port}} から次へ',
    dropped: 'ここで中断: {{reason}}',
    endedHere: '実行はここで終了しました',
    here: '実行は現在ここにあります',
    input: '入力',
    output: '出力',
    effects: '実行した処理',
  },
  recent: {
    title: 'これまでのテスト実行',
    none: 'テスト実行はまだありません。',
    started: '開始',
    conversation: '会話',
    status: '状態',
    actions: '操作',
    show: 'トレースを表示',
  },
} as const satisfies LocaleShape<typeof en>;
