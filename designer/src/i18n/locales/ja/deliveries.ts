import type { LocaleShape } from '../../locale-shape';
import type { deliveries as en } from '../en/deliveries';

export const deliveries = {
  title: 'Webhook 配信',
  intro:
    'Parley が受信したものの読み取れなかった Webhook 配信の一部です。プラットフォームが再送を続けないよう受信確認を返し、届いたままの形で保存しています。Parley が読み取れるようになったら再処理できます。',
  loadFailed: 'Webhook 配信を読み込めませんでした。',
  empty: 'これまでの配信はすべて読み取れています。',
  filter: '表示',
  all: 'すべて',
  pending: '未処理',
  replayed: '再処理済み',
  replayedOn: '{{date}} に再処理',
  column: {
    received: '受信日時',
    channel: 'チャネル',
    account: 'アカウント',
    error: '問題',
    status: 'ステータス',
  },
  unknownAccount: '接続済みのアカウントなし',
  open: '{{date}} に受信した配信を開く',
  detail: {
    title: 'Webhook 配信',
    back: 'すべての Webhook 配信',
    notFound: 'この配信は存在しないか、別の組織のものです。',
    attempts: '再処理の試行回数',
    lastReplayError: '前回の再処理の結果',
    body: '受信した本文',
    bodyLabel: '受信したままの本文',
    replay: '再処理',
    replaying: '再処理しています…',
    stored: '再処理しました：{{count}} 件のイベントを保存しました。',
    storedNone: '再処理しました。新しいイベントはありません（すでに別の経路で届いていました）。',
    stillUnreadable: 'Parley はこの配信をまだ読み取れません：{{reason}}',
  },
} as const satisfies LocaleShape<typeof en>;
