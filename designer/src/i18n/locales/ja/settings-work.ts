import type { LocaleShape } from '../../locale-shape';
import type { settingsWork as en } from '../en/settings-work';

/** 日本語は単数と複数を区別しないため、count_one と count_other などは同じ文言。 */
export const settingsWork = {
  cannedReplies: {
    title: '定型文',
    intro:
      'よく使う返信を用意しておくと、担当者は入力欄で / に続けてショートカットを入力するだけで挿入できます。変数には会話ごとの値が入ります。',
    readOnly: '定型文は閲覧のみできます。追加や変更はテンプレートを管理できるメンバーが行います。',
    new: '定型文を作成',
    empty: '定型文はまだありません。',
    emptyManage: '定型文はまだありません。チームで何度も書いている返信を登録しましょう。',
    loadFailed: '定型文を読み込めませんでした。',
    count_one: '{{count}} 件の定型文',
    count_other: '{{count}} 件の定型文',
    column: { shortcut: 'ショートカット', title: 'タイトル', text: '本文', actions: '操作' },
    edit: '編集',
    newTitle: '定型文を作成',
    editTitle: '「{{title}}」を編集',
    save: '定型文を保存',
    saved: '「{{title}}」を保存しました。',
    form: {
      title: 'タイトル',
      titleHint: '担当者が定型文を選ぶときに表示されます。',
      shortcut: 'ショートカット',
      shortcutHint: '入力欄で / に続けて入力します。文字、数字、- と _ が使えます（空白は不可）。',
      text: '本文',
      textHint: '担当者が送信するメッセージです。送信前に書き換えることもできます。',
    },
    variables: {
      legend: '変数',
      hint: 'カーソルの位置に挿入されます。会話ごとの値が入り、値がない場合は空になります。',
      insert: '{{variable}} を挿入',
      inserted: '{{variable}} を挿入しました。',
      contactName: '連絡先の名前',
      contactUsername: '連絡先のユーザー名',
      contactPhone: '連絡先の電話番号',
      agentName: '担当者の名前',
      teamName: 'チーム名',
    },
    preview: {
      heading: 'プレビュー',
      example: '例',
      exampleHint: 'サンプルの値を入れた表示例です。実際の会話の値ではありません。',
      empty: '本文を入力するとプレビューが表示されます。',
      unknown: '{{variables}} は Parley にない変数のため、そのまま送信されます。',
    },
    sample: {
      contactName: '山田 花子',
      contactUsername: 'hanako_y',
      contactPhone: '819012345678',
      agentName: '佐藤 健',
      teamName: 'サポート',
    },
    issue: {
      shortcut: 'ショートカットを入力してください。',
      shortcutFormat: '文字、数字、- と _ だけを使ってください（空白は不可）。',
      shortcutTooLong: '{{max}} 文字以内にしてください。',
      shortcutTaken: 'このショートカットはほかの定型文で使われています。',
      title: 'タイトルを入力してください。',
      titleTooLong: '{{max}} 文字以内にしてください。',
      text: '本文を入力してください。',
      textTooLong: '{{max}} 文字以内にしてください。',
    },
    delete: {
      button: '削除',
      title: '「{{title}}」を削除しますか？',
      body: '担当者はこの定型文を挿入できなくなります。送信済みのメッセージはそのまま残ります。',
      confirm: '定型文を削除',
      done: '「{{title}}」を削除しました。',
    },
  },
  businessHours: {
    title: '営業時間',
    intro:
      'チャネルアカウントごとの営業時間です。タイムゾーン、曜日ごとの営業時間、祝日などの休業日を設定します。',
    loadFailed: 'チャネルアカウントを読み込めませんでした。',
    empty: 'チャネルアカウントはまだありません。',
    emptyLink: '連携からアカウントを接続',
    usage: {
      heading: '営業時間が使われるところ',
      sla: '「営業時間内だけを数える」に設定したチームの初回応答の目標は、会話を受けたアカウントの営業時間内の分だけを数えます。営業時間のないアカウントでは、すべての時間を数えます。',
      away: '不在メッセージは、営業時間外に届いた最初のメッセージに返信します。',
      rules:
        '振り分けルールの「営業時間」条件は、ルールの中で設定した独自の営業時間で判定します。アカウントの営業時間に合わせたい場合は、ルールにも同じ時間を設定してください。',
      teams: '営業時間内だけを数えるチーム：{{names}}。',
      noTeams: '営業時間内だけを数えるチームはまだありません。',
      rulesUsing: '営業時間の条件がある振り分けルール：{{names}}。',
      noRules: '営業時間の条件がある振り分けルールはありません。',
      teamsLink: 'チーム',
      rulesLink: '振り分けルール',
    },
    account: {
      open: '営業中',
      closed: '営業時間外',
      holiday: '本日は休業日',
      none: '営業時間なし',
      noneHint:
        '営業時間がないと、「営業時間内だけを数える」目標はすべての時間を数え、不在メッセージも送信されません。',
      localTime: '現地時刻は {{time}}（{{timeZone}}）です。',
      weekly: '曜日ごとの営業時間',
      noHolidays: '今後の休業日はありません',
      pastHolidays_one: 'ほかに過去の休業日が {{count}} 日',
      pastHolidays_other: 'ほかに過去の休業日が {{count}} 日',
      edit: '営業時間を編集',
      loadFailed: 'このアカウントの営業時間を読み込めませんでした。',
    },
    dialog: {
      title: '{{name}} の営業時間',
      keeps: '変更されるのは営業時間だけです。あいさつ、不在メッセージ、代替テンプレートはそのまま残ります。',
      save: '営業時間を保存',
    },
    saved: '{{name}} の営業時間を保存しました。',
    issue: {
      awayNeedsHours:
        'このアカウントでは不在メッセージがオンになっており、営業時間が必要です。先に自動返信で不在メッセージをオフにしてください。',
      otherSettings:
        'このアカウントのほかの自動返信の設定が現在の内容のままでは保存できません。自動返信を開いて修正してください。',
    },
  },
  sla: {
    businessHoursHint:
      '会話を受けたアカウントの営業時間で数えます。営業時間のないアカウントでは、すべての時間を数えます。',
    businessHoursLink: '営業時間を設定',
    newTab: '（新しいタブで開きます）',
  },
} as const satisfies LocaleShape<typeof en>;
