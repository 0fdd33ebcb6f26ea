import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  count: number;
  max: number;
}

/** "12 / 20 characters" under a text; over the limit it says so in words as well as in its style. */
export function CharCounter({ id, count, max }: Props) {
  const { t } = useTranslation();
  const over = count > max;
  return (
    <p id={id} className={`field__counter${over ? ' flow-panel__counter--over' : ''}`}>
      {over
        ? t('flowPanel.counter.over', { count, max, excess: count - max })
        : t('flowPanel.counter.within', { count, max })}
    </p>
  );
}
