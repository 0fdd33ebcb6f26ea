import type { LocaleShape } from '../../locale-shape';
import type { common as en, date as enDate, language as enLanguage } from '../en/common';

export const common = {
  appName: 'Parley',
  retry: '再試行',
  cancel: 'キャンセル',
  close: '閉じる',
  saving: '保存しています…',
  loading: '読み込んでいます…',
  loadMore: 'さらに読み込む',
  loadingMore: '読み込んでいます…',
  never: 'なし',
  notYet: 'まだありません',
  copied: 'クリップボードにコピーしました。',
  copyFailed:
    '自動でコピーできませんでした。テキストを選択したので、Ctrl+C（Mac では ⌘C）でコピーしてください。',
  showPassword: 'パスワードを表示',
  hidePassword: 'パスワードを隠す',
  dash: '—',
  byOn: '{{name}}（{{date}}）',
} as const satisfies LocaleShape<typeof en>;

export const date = {
  today: '今日',
  yesterday: '昨日',
} as const satisfies LocaleShape<typeof enDate>;

export const language = {
  label: '言語',
  display: '表示言語',
} as const satisfies LocaleShape<typeof enLanguage>;
