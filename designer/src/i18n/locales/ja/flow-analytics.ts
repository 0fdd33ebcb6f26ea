import type { LocaleShape } from '../../locale-shape';
import type { flowAnalytics as en } from '../en/flow-analytics';

export const flowAnalytics = {
  canvasFailed: 'キャンバス用にこのバージョンのグラフを読み込めませんでした。',
  intro:
    '期間内に始まった実行の集計です（テスト実行は含みません）。このタブを開いている間、10 秒ごとに更新します。',
  unpublished: 'まだ何も公開されていません。分析は公開済みバージョンの実行を集計します。',
  loadFailed: '分析を読み込めませんでした。',
  version: 'バージョン',
  currentVersion: 'バージョン {{version}}（現在）',
  period: '期間',
  periods: {
    day: '過去 24 時間',
    week: '過去 7 日間',
    month: '過去 30 日間',
    all: '全期間',
  },
  totals: {
    started: '開始',
    running: '実行中',
    completed: '完了',
    assigned: '担当者に割り当て',
    dropped: '中断',
  },
  tableLabel: 'ノード別の実行',
  noNodes: 'この期間にノードに到達した実行はありません。',
  column: {
    node: 'ノード',
    entered: '到達',
    completed: '出力ごとの通過',
    dropped: '中断',
    waiting: '待機中',
    median: 'ノード内の時間（中央値）',
  },
} as const satisfies LocaleShape<typeof en>;
