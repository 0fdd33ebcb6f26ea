import type { LocaleShape } from '../../locale-shape';
import type { account as en } from '../en/account';

export const account = {
  title: 'アカウント',
  profile: {
    heading: 'プロフィール',
    name: '名前',
    email: 'メールアドレス',
    role: '役割',
    organisation: '組織',
    submit: 'プロフィールを保存',
    saved: 'プロフィールを保存しました。',
  },
  password: {
    heading: 'パスワードの変更',
    current: '現在のパスワード',
    new: '新しいパスワード',
    submit: 'パスワードを変更',
    submitting: '変更しています…',
    done: 'パスワードを変更しました。',
    currentWrong: '現在のパスワードが正しくありません。',
  },
  everywhere: {
    heading: 'すべての端末からサインアウト',
    body: 'この端末を含め、すべての端末とブラウザでのセッションを終了します。',
    button: 'すべての端末からサインアウト',
    title: 'すべての端末からサインアウトしますか？',
    confirm: 'すべての端末からサインアウト',
  },
} as const satisfies LocaleShape<typeof en>;
