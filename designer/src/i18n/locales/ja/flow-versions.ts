import type { LocaleShape } from '../../locale-shape';
import type { flowVersions as en } from '../en/flow-versions';

/** 日本語は単数と複数を区別しないため、_one と _other は同じ文言。 */
export const flowVersions = {
  intro:
    '公開するたびにバージョンが作られます。2 つにチェックを付けて差分を比べるか、1 つを下書きと比べます。ロールバックすると以前のバージョンをもう一度公開します。',
  loadFailed: 'バージョンを読み込めませんでした。',
  empty: 'まだ何も公開されていません。「下書き」タブから公開してください。',
  tableLabel: 'バージョン',
  column: {
    compare: '比較',
    version: 'バージョン',
    note: 'メモ',
    published: '公開',
    running: '実行中',
    actions: '操作',
  },
  version: 'バージョン {{version}}',
  draft: '下書き',
  current: '現在のバージョン',
  rolledBackFrom: 'バージョン {{version}} からロールバック',
  compareBox: 'バージョン {{version}} を比較',
  compareDraft: '下書きと比較',
  pickAnother: 'もう 1 つのバージョンにチェックを付けるか、このバージョンを下書きと比べてください。',
  view: 'JSON を表示',
  json: {
    title: 'バージョン {{version}}',
    label: 'バージョン {{version}} のグラフ',
    loadFailed: 'このバージョンを読み込めませんでした。',
  },
  diff: {
    canvasLegend: '緑: 追加 ・ 黄: 変更 ・ 赤の破線: 削除（各ノードにも表示されます）。',
    title: '{{from}} → {{to}} の差分',
    loadFailed: 'これらのバージョンを比較できませんでした。',
    none: '差分はありません。',
    nodesAdded_one: '追加されたノード {{count}} 件',
    nodesAdded_other: '追加されたノード {{count}} 件',
    nodesRemoved_one: '削除されたノード {{count}} 件',
    nodesRemoved_other: '削除されたノード {{count}} 件',
    nodesChanged_one: '変更されたノード {{count}} 件',
    nodesChanged_other: '変更されたノード {{count}} 件',
    edgesAdded_one: '追加された接続 {{count}} 件',
    edgesAdded_other: '追加された接続 {{count}} 件',
    edgesRemoved_one: '削除された接続 {{count}} 件',
    edgesRemoved_other: '削除された接続 {{count}} 件',
    settingsChanged: 'フローの設定（返信のまとめ方、ステップ上限）が変更されました。',
  },
  rollback: {
    button: 'このバージョンにロールバック',
    title: 'バージョン {{version}} にロールバックしますか？',
    body: 'バージョン {{version}} のグラフを新しいバージョンとしてもう一度公開し、新しい会話はそのバージョンで動きます。進行中の実行は元のバージョンのまま続きます。下書きもこのバージョンの内容に置き換わるため、残したい場合は先に下書きをエクスポートしてください。',
    note: 'メモ',
    confirm: 'バージョン {{version}} にロールバック',
    done: 'バージョン {{from}} のコピーとしてバージョン {{version}} を公開しました。',
  },
} as const satisfies LocaleShape<typeof en>;
