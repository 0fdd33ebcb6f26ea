import type { LocaleShape } from '../../locale-shape';
import type { autoReplies as en } from '../en/auto-replies';

export const autoReplies = {
  title: '自動返信',
  titleFor: '{{name}} の自動返信',
  intro:
    'Parley はお客様へのあいさつ、営業時間外の応答、24時間のウィンドウ終了後のテンプレート送信を自動で行えます。',
  loadFailed: '自動返信を読み込めませんでした。',
  readOnly: '自動返信を変更できるのは管理者だけです。',
  save: '自動返信を保存',
  saved: '自動返信を保存しました。',
  updatedBy: '最終更新：{{name}}、{{date}}',
  updatedAt: '最終更新：{{date}}',
  section: {
    heading: '自動返信',
    body: 'あいさつ、不在メッセージ、営業時間、代替テンプレート。',
    link: '自動返信を設定',
    view: '自動返信を表示',
  },
  language: {
    heading: '言語',
    label: '返信の言語',
    hint: 'まだ何も書かれていない返信には、この言語の文面を用意します。',
    ja: '日本語',
    en: '英語',
  },
  greeting: {
    heading: 'あいさつ',
    intro:
      'カスタマーサービスウィンドウごとの最初のメッセージに返信します（リアクションやボタンのタップを除く）。',
    enabled: 'あいさつを送信する',
    text: 'あいさつ',
  },
  away: {
    heading: '不在メッセージ',
    intro: '営業時間外の最初のメッセージに、あいさつの代わりに返信します。',
    enabled: '不在メッセージを送信する',
    text: '不在メッセージ',
  },
  defaults: {
    greeting: 'お問い合わせありがとうございます！担当者より順次ご返信いたします。',
    away: 'お問い合わせありがとうございます。ただいま営業時間外のため、営業時間内に改めてご返信いたします。',
  },
  hours: {
    heading: '営業時間',
    intro: '対応できる時間帯です。不在メッセージには営業時間の設定が必要です。',
    enabled: '営業時間を設定する',
    timeZone: 'タイムゾーン',
    open: '営業',
    opens: '開始',
    opensNth: '開始（{{n}}）',
    closes: '終了',
    closesNth: '終了（{{n}}）',
    removeRange: '{{day}}の営業時間 {{n}} を削除',
    addRange: '{{day}}に営業時間を追加',
    closed: '休業',
    closedDates: '休業日',
    closedDatesHint: '祝日などの終日休業する日です（上のタイムゾーンの日付）。',
    closedDate: '休業日 {{n}}',
    removeClosedDate: '休業日 {{n}} を削除',
    addClosedDate: '休業日を追加',
  },
  fallback: {
    heading: '代替テンプレート',
    intro:
      'ウィンドウの終了後にメッセージを送る必要があるとき、このテンプレートを今すぐ送信し、お客様が返信したらメッセージを送信します。',
    problem: '代替テンプレートは現在使用できません：{{reason}}',
    unavailable: 'このアカウントのテンプレートはここでは一覧表示できません。',
    template: 'テンプレート',
    noneApproved: 'このアカウントにはまだ承認済みのテンプレートがありません。',
    none: 'なし',
    choice: '{{name}}・{{language}}',
  },
  issue: {
    text: '送信するメッセージを入力してください。',
    hoursNeeded: '不在メッセージには営業時間の設定が必要です。',
    timeZone: 'タイムゾーンを選んでください。',
    date: '日付を入力してください。',
    closesAfterOpens: '終了は開始より後の時刻にしてください。',
    time: '時刻を入力してください。',
    tooManyRanges: '営業時間は1週間で28件までです。',
  },
} as const satisfies LocaleShape<typeof en>;
