import type { LocaleShape } from '../../locale-shape';
import type { auth as en } from '../en/auth';

export const auth = {
  email: 'メールアドレス',
  password: 'パスワード',
  newPassword: '新しいパスワード',
  yourName: 'お名前',
  backToSignIn: 'サインインに戻る',
  signIn: {
    title: 'Parley にサインイン',
    submit: 'サインイン',
    submitting: 'サインインしています…',
    forgot: 'パスワードをお忘れですか？',
  },
  setup: {
    title: 'Parley のセットアップ',
    intro: '組織と最初の管理者アカウントを作成します。チームのメンバーはあとから招待できます。',
    organisationName: '組織名',
    submit: '組織を作成',
    submitting: '作成しています…',
  },
  invitation: {
    loading: '招待を確認しています…',
    invalidTitle: 'この招待は使用できません',
    missingToken: 'リンクが不完全です。招待メールのリンクをもう一度開いてください。',
    title: '{{organisation}} に参加',
    invitedBy: '{{invitedBy}} さんが {{email}} を{{role}}として招待しました。',
    invited: '{{email}} が{{role}}として招待されています。',
    expires: '招待の有効期限は {{date}} です。',
    submit: '{{organisation}} に参加',
    submitting: '参加しています…',
    emailTaken: '{{email}} のアカウントはすでにあります。サインインしてください。',
  },
  forgot: {
    title: 'パスワードのリセット',
    intro:
      'サインインに使うメールアドレスを入力してください。新しいパスワードを設定するためのリンクをお送りします。',
    submit: 'リセットリンクを送信',
    submitting: '送信しています…',
    sentEmail: '{{email}} のアカウントがあれば、リセットリンクを送信しました。受信トレイをご確認ください。',
    sentAdministrator:
      'このサーバーではメール送信が設定されていないため、リンクをお送りできません。組織の管理者に、メンバーページでリセットリンクを作成するよう依頼してください。',
  },
  reset: {
    title: '新しいパスワードの設定',
    missingToken:
      'リンクが不完全です。受け取ったリセットリンクをもう一度開くか、新しいリンクを依頼してください。',
    submit: '新しいパスワードを保存',
    submitting: '保存しています…',
    done: 'パスワードを変更しました。新しいパスワードでサインインしてください。',
    askAgain: '新しいリンクを依頼する',
  },
} as const satisfies LocaleShape<typeof en>;
