import type { LocaleShape } from '../../locale-shape';
import type { flowSettings as en } from '../en/flow-settings';

export const flowSettings = {
  title: 'フロー設定',
  intro:
    'HTTP リクエストノードは、フローから自社システムを呼び出します。呼び出せるのはここで許可したホストだけで、ここに保存したシークレットを送信できます。',
  loadFailed: 'フロー設定を読み込めませんでした。',
  hosts: {
    title: '許可するホスト',
    intro:
      'api.example.com のようなホスト名、またはサブドメインすべてを表す *.example.com です。必要ならポートも付けます。ほかのホストへのリクエストは拒否されます。',
    none: '許可するホストがありません。HTTP リクエストノードはまだ何も呼び出せません。',
    host: 'ホスト {{n}}',
    remove: 'ホスト {{n}} を削除',
    add: 'ホストを追加',
    invalid: 'api.example.com や *.example.com のようなホスト名を入力してください。',
    repeated: 'このホストはすでに一覧にあります。',
    tooMany: 'ホストは {{max}} 件までです。',
    save: 'ホストを保存',
    saved: '保存しました。',
  },
  secrets: {
    title: 'シークレット',
    intro:
      'HTTP リクエストで使う API キーやトークンです。値の設定と置き換えはできますが、読み出すことはできません。表示されるのは名前だけです。',
    usage:
      'HTTP リクエストノードのヘッダーの値または本文に {{placeholder}} と書くと、リクエストの実行時に Parley が値を埋め込みます。値がフローやそのエクスポートに保存されることはありません。',
    exampleLabel: '例（ノードの JSON）:',
    elsewhere: 'フローのほかの場所（メッセージや URL）にシークレットを書くと問題となり、公開できません。',
    none: 'シークレットはまだありません。',
    column: {
      name: '名前',
      updated: '最終設定',
      actions: '操作',
    },
    replace: '値を置き換え',
    setTitle: 'シークレットを設定',
    name: '名前',
    nameHint:
      'SHOP_API_KEY のように、英大文字・数字・「_」を使い、英字で始めます。既存の名前を入力すると値を置き換えます。',
    nameRule: '英大文字・数字・「_」を使い、英字で始めてください（40 文字以内）。',
    value: '値',
    valueHint: '送信は一度だけで、あとから表示することはできません。',
    valueRequired: '値を入力してください。',
    save: 'シークレットを保存',
    saved: 'シークレット {{name}} を保存しました。',
    delete: {
      button: '削除',
      title: 'シークレット {{name}} を削除しますか？',
      body: '{{name}} を使うフローは、もう一度設定するまで公開できません。公開済みのフローは空の値を送信します。',
      confirm: 'シークレットを削除',
      done: 'シークレット {{name}} を削除しました。',
    },
  },
} as const satisfies LocaleShape<typeof en>;
