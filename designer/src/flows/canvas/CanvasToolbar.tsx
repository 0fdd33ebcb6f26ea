import { useTranslation } from 'react-i18next';

interface Props {
  canUndo: boolean;
  canRedo: boolean;
  hasSelection: boolean;
  laying: boolean;
  testOpen: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onCopy: () => void;
  onPaste: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onLayout: () => void;
  onFit: () => void;
  onHelp: () => void;
  onTest: () => void;
}

/** The canvas's commands as buttons (each also a key: the help sheet lists them). */
export function CanvasToolbar(props: Props) {
  const { t } = useTranslation();
  const button = (id: string, label: string, onClick: () => void, disabled = false, pressed?: boolean) => (
    <button
      type="button"
      className="button button--small"
      onClick={onClick}
      disabled={disabled}
      aria-pressed={pressed}
      data-testid={`canvas-${id}`}
    >
      {label}
    </button>
  );
  return (
    <div className="flow-canvas-toolbar toolbar" role="toolbar" aria-label={t('flowCanvas.toolbar.label')}>
      {button('undo', t('flowCanvas.toolbar.undo'), props.onUndo, !props.canUndo)}
      {button('redo', t('flowCanvas.toolbar.redo'), props.onRedo, !props.canRedo)}
      {button('copy', t('flowCanvas.toolbar.copy'), props.onCopy, !props.hasSelection)}
      {button('paste', t('flowCanvas.toolbar.paste'), props.onPaste)}
      {button('duplicate', t('flowCanvas.toolbar.duplicate'), props.onDuplicate, !props.hasSelection)}
      {button('delete', t('flowCanvas.toolbar.delete'), props.onDelete, !props.hasSelection)}
      {button(
        'layout',
        props.laying ? t('flowCanvas.toolbar.laying') : t('flowCanvas.toolbar.layout'),
        props.onLayout,
        props.laying,
      )}
      {button('fit', t('flowCanvas.toolbar.fit'), props.onFit)}
      {button('help', t('flowCanvas.toolbar.help'), props.onHelp)}
      {button('test', t('flowCanvas.toolbar.test'), props.onTest, false, props.testOpen)}
    </div>
  );
}
