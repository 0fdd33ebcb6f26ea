import type { CreatedApiToken } from '@parley/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../ui/CopyField';

/** The new token, shown this once, with a copy button and the warning that it will not be shown again. */
export function CreatedTokenNotice({ created, onDone }: { created: CreatedApiToken; onDone: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="alert alert--warning created-token" role="status">
      <h3 ref={heading} tabIndex={-1} className="created-token__title">
        {t('tokens.created.title', { name: created.apiToken.name })}
      </h3>
      <p>
        <strong>{t('tokens.created.warning')}</strong>
      </p>
      <CopyField
        label={t('tokens.created.label')}
        value={created.token}
        copyLabel={t('tokens.created.copy')}
      />
      <button type="button" className="button" onClick={onDone}>
        {t('tokens.created.done')}
      </button>
    </div>
  );
}
