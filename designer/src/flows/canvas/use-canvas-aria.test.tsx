import { describe, expect, it } from 'vitest';
import { renderStatic } from '../render.test-support';
import { greetingFlow } from '@parley/workflows/flows/testing';
import { useCanvasAria, useNodeLabel } from './use-canvas-aria';

/** What a screen reader hears from React Flow: its zoom button's name and a node's move, as the hook words them. */
function Spoken() {
  const aria = useCanvasAria();
  const moved = aria['node.a11yDescription.ariaLiveMessage']?.({ direction: 'up', x: 40.4, y: -20 });
  return (
    <p>
      {aria['controls.zoomIn.ariaLabel']}|{moved}|{aria['node.a11yDescription.keyboardDisabled']}
    </p>
  );
}

function Named() {
  const label = useNodeLabel();
  return <p>{greetingFlow().nodes.slice(0, 2).map(label).join('|')}</p>;
}

describe('useCanvasAria', () => {
  it('names a node by its type and label, else its id', () => {
    expect(renderStatic(<Named />, 'ja')).toBe('<p>トリガー: start|返信ボタン: Main menu</p>');
  });

  it('gives React Flow its screen-reader words in Japanese, the direction translated', () => {
    expect(renderStatic(<Spoken />, 'ja')).toBe(
      '<p>拡大|選択したノードを上に移動しました。新しい位置: x 40、y -20。|Enter または Space でノードを選択し、矢印キーで移動できます。Delete で削除、Escape で取り消します。</p>',
    );
  });

  it('and in English', () => {
    expect(renderStatic(<Spoken />, 'en')).toContain(
      'Zoom in|Moved the selected node up. New position: x 40, y -20.',
    );
  });
});
