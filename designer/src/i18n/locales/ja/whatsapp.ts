import type { LocaleShape } from '../../locale-shape';
import type { whatsapp as en } from '../en/whatsapp';

export const whatsapp = {
  button: 'WhatsApp を接続',
  title: 'WhatsApp を接続',
  stepsLabel: '手順',
  steps: {
    start: 'Facebook で続行',
    choose: '番号を選択',
    done: '完了',
  },
  start: {
    intro:
      '開いたウィンドウで Facebook にログインし、WhatsApp Business アカウントと使用する番号を選択（または作成）してから、この画面に戻ってください。',
    submit: 'Facebook で続行',
    starting: 'Facebook のウィンドウを開いています…',
    waiting: 'Facebook のウィンドウで手続きを完了してください。完了すると、この画面は自動的に次へ進みます。',
    wabaChosen: 'WhatsApp Business アカウントが選択されました。Facebook での処理の完了を待っています…',
    reopen: 'Facebook のウィンドウをもう一度開く',
    blocked:
      'ブラウザが Facebook のウィンドウをブロックしました。このサイトのポップアップを許可するか、こちらから開いてください：',
    openWindow: 'Facebook のウィンドウを開く',
    cancelled: '「{{step}}」の手順で Facebook のウィンドウを閉じました。何も接続されていません。',
    cancelledNoStep: '完了する前に Facebook のウィンドウを閉じました。何も接続されていません。',
    dialogError: 'Facebook のウィンドウで問題が発生しました：{{message}}',
    dialogErrorNoMessage: 'Facebook のウィンドウで問題が発生しました。',
    denied: 'Facebook が Parley へのアクセスを許可しませんでした：{{message}}',
    stateMismatch:
      'Facebook からの応答がこの接続手続きのものではなかったため、無視しました。最初からやり直してください。',
    exchanging: 'WhatsApp Business アカウントを読み込んでいます…',
    again: '最初からやり直す',
  },
  choose: {
    intro: '{{waba}} の番号',
    introNoName: '選択した WhatsApp Business アカウントの番号',
    numbers: '電話番号',
    quality: '品質：{{rating}}',
    qualityRating: {
      GREEN: '高',
      YELLOW: '中',
      RED: '低',
      UNKNOWN: '不明',
    },
    connectedHere: 'すでに Parley に接続済み',
    connectedElsewhere: '別の組織に接続済み',
    noneFree: 'このアカウントの番号はすべて接続済みです。',
    pin: '2 段階認証の PIN',
    pinHint:
      'WhatsApp でこの番号を保護する 6 桁の PIN です。まだ PIN がない場合は、ここで入力した PIN がこの番号の PIN になります。WhatsApp マネージャの「電話番号」→「2 段階認証」で確認・再設定できます。',
    pinInvalid: 'PIN の 6 桁の数字を入力してください。',
    pinMismatch:
      'この番号の PIN ではありません。WhatsApp マネージャの「電話番号」→「2 段階認証」で確認してください。',
    registrationLocked: '試行回数が多すぎるため、Meta がこの番号の登録を 72 時間ロックしています。',
    name: 'Parley での名前',
    nameHint: '任意。省略すると番号の認証済みの名前になります。',
    submit: '番号を接続',
    submitting: '接続しています…',
    chooseOne: '番号を選択してください。',
  },
  callback: {
    title: 'WhatsApp を接続しています',
    sent: '完了しました。このウィンドウを閉じて、Parley で続けてください。',
    noOpener:
      'このウィンドウは Parley から開かれていないため、応答を渡せません。Parley に戻って最初からやり直してください。',
  },
} as const satisfies LocaleShape<typeof en>;
