import { useTranslation } from 'react-i18next';

/** The placeholder a secret is written as, and an HTTP request node's fields using one. */
const placeholder = '{{secret.NAME}}';
const example = `"headers": [{ "name": "Authorization", "value": "Bearer {{secret.SHOP_API_KEY}}" }],
"body": "{\\"token\\": \\"{{secret.SHOP_API_KEY}}\\"}"`;

/** How a flow uses a secret: in an HTTP request node's header values and body, filled in when it runs. */
export function SecretUsage() {
  const { t } = useTranslation();
  return (
    <div className="flow-secret-usage">
      <p>{t('flowSettings.secrets.usage', { placeholder })}</p>
      <p className="muted">{t('flowSettings.secrets.exampleLabel')}</p>
      <pre className="flow-json__read-only" data-testid="flow-secret-example">
        {example}
      </pre>
      <p className="muted">{t('flowSettings.secrets.elsewhere')}</p>
    </div>
  );
}
