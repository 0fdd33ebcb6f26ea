import type { LocaleShape } from '../../locale-shape';
import type { errors as en, forms as enForms } from '../en/errors';

export const errors = {
  unknown: '問題が発生しました。',
  server: 'Parley サーバーで問題が発生しました。しばらくしてからもう一度お試しください。',
  detail: 'サーバーからの詳細：{{detail}}',
  NETWORK: 'Parley サーバーに接続できません。接続を確認して、もう一度お試しください。',
  BAD_RESPONSE: 'Parley サーバーの応答を読み取れませんでした。ページを再読み込みしてください。',
  UNAUTHENTICATED: 'セッションが終了しました。もう一度サインインしてください。',
  FORBIDDEN: 'この操作を行う権限がありません。',
  CSRF_TOKEN_INVALID:
    '別のタブでセッションが変わりました。ページを再読み込みしてから、もう一度お試しください。',
  SESSION_REQUIRED: 'この操作は Web アプリにサインインしているときだけ行えます。',
  NOT_FOUND: '見つかりません。削除されたか、リンクが間違っている可能性があります。',
  INVALID_INPUT: '入力内容に正しくない項目があります。',
  INVALID_CREDENTIALS: 'メールアドレスまたはパスワードが正しくありません。',
  SIGN_IN_LOCKED: 'パスワードの誤りが続いたため、このアドレスでのサインインはロックされています。',
  TOO_MANY_ATTEMPTS:
    'お使いのネットワークからのサインイン失敗が多すぎます。数分待ってから、もう一度お試しください。',
  EMAIL_TAKEN: 'このメールアドレスのアカウントはすでにあります。',
  ALREADY_INVITED: 'このアドレスには保留中の招待があります。一覧から再送してください。',
  INVITATION_NOT_FOUND: 'この招待リンクは無効です。期限切れか、取り消された可能性があります。',
  INVITATION_CLOSED: 'この招待はすでに承諾されたか、取り消されています。',
  RESET_LINK_INVALID: 'このリセットリンクはもう使えません。新しいリンクを依頼してください。',
  ALREADY_SET_UP: 'Parley はすでにセットアップ済みです。サインインしてください。',
  LAST_ADMIN: '組織には有効な管理者が少なくとも 1 人必要です。',
  USER_DEACTIVATED: 'このユーザーは無効になっています。',
  PLAN_REQUIRED: 'ご利用中のプランにはこの機能が含まれていません。',
  PLAN_LIMIT_REACHED: 'ご利用中のプランの上限に達しています。',
  CHANNEL_NOT_CONFIGURED:
    'このチャネルはまだサーバーで設定されていません。Parley の運用担当者に設定を依頼してください。',
  PLATFORM_REFUSED: 'プラットフォームがリクエストを拒否しました。',
  PLATFORM_UNAVAILABLE: '現在プラットフォームに接続できません。しばらくしてからもう一度お試しください。',
  PLATFORM_INVALID_RESPONSE:
    'プラットフォームの応答を Parley が読み取れませんでした。操作が反映されたかプラットフォーム側で確認してから、もう一度お試しください。',
  SIGNUP_USED: 'この登録手続きはすでに使われています。最初からやり直してください。',
  SIGNUP_EXPIRED: 'この登録手続きは期限切れです。最初からやり直してください。',
  SIGNUP_NOT_READY: '先に Facebook のウィンドウでの手続きを完了してください。',
  CONNECTED_ELSEWHERE:
    'このアカウントはこの Parley の別の組織のものです。切断後も会話とともにその組織に残ります。Parley の運用担当者にお問い合わせください。',
  ALREADY_CONNECTED: 'このアカウントはすでに接続されています。',
  DISCONNECTED: 'このアカウントは接続が解除されています。',
  STILL_UNREADABLE: 'Parley はこの配信をまだ読み取れません。',
  ALREADY_REPLAYED: 'この配信はすでに再処理されています。',
  ACCOUNT_NOT_SERVED:
    'この配信には、現在接続されていないアカウント宛てのイベントが含まれています。再接続してから再処理してください。',
  CONFLICT: '同時に別の操作で変更されました。もう一度お試しください。',
  TEMPLATE_EXISTS:
    'この WhatsApp Business アカウントには、同じ名前・同じ言語のテンプレートがすでにあります。',
  NAME_HELD: '削除したテンプレートの名前は WhatsApp が 30 日間保持するため、この言語ではまだ使えません。',
  EDIT_NOT_ALLOWED: 'このテンプレートは現在編集できません。',
  CATEGORY_LOCKED: '承認済みのテンプレートのカテゴリは変更できません。',
  NOT_PAUSED: 'このテンプレートは一時停止されていません。',
  GROUP_EXISTS: '同じ名前のグループがすでにあります。',
  UNSUPPORTED_MEDIA_TYPE: 'この種類のファイルはここでは使えません。',
  FILE_TOO_LARGE: 'ファイルが大きすぎます。',
  TEMPLATE_DISABLED:
    'このテンプレートは Parley でオフになっています。管理者がテンプレート画面でオンにできます。',
  TEMPLATE_NOT_APPROVED: 'このテンプレートは WhatsApp に承認されていないため、送信できません。',
  TEMPLATE_NOT_SUPPORTED:
    'このテンプレートは Parley の外で作成され、Parley では入力できない部分を含むため、ここからは送信できません。',
  MARKETING_NOT_DELIVERED_US:
    'WhatsApp は米国の電話番号にマーケティングのテンプレートを配信しません。送信も課金もされていません。',
  TEMPLATE_OTHER_ACCOUNT: 'このテンプレートは、この会話とは別の WhatsApp Business アカウントのものです。',
  CHANNEL_ACCOUNT_OFF:
    'この会話のアカウントは Parley がオフになっているか接続が解除されているため、送信できません。',
  WINDOW_CLOSED:
    '24時間のカスタマーサービスウィンドウが終了しました。お客様から新しいメッセージが届くまで、テンプレートのみ送信できます。',
  NO_FALLBACK_TEMPLATE:
    'このアカウントには今送れる代替テンプレートがないため、お客様の返信までメッセージを保留できません。テンプレートを送ってください。',
  CONTENT_OVER_LIMITS: 'このチャネルで送れる範囲を超えています。',
  TEMPORAL_UNAVAILABLE: '現在メッセージを送信できません。しばらくしてからもう一度お試しください。',
  INSUFFICIENT_CREDITS:
    'クレジットが足りません。このメッセージは {{price, number}} クレジットかかりますが、残高は {{balance, number}} です。管理者が「設定 → クレジット」で購入できます。',
  CREDITS_OUT_OF_RANGE: 'この数のクレジットは購入できません。',
  CURRENCY_NOT_SOLD: 'この通貨ではクレジットを販売していません。',
} as const satisfies LocaleShape<typeof en>;

export const forms = {
  required: '入力してください。',
  tooLong: '長すぎます。',
  invalid: '正しい形式ではありません。',
  email: '正しいメールアドレスを入力してください。',
  passwordTooShort: '12 文字以上にしてください。',
  passwordHint: '12 文字以上。長いパスフレーズがおすすめです。',
  characters: '{{count}} / {{max}} 文字',
} as const satisfies LocaleShape<typeof enForms>;
