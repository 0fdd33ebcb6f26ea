import type { ApiToken } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { Badge } from '../ui/Badge';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import type { Feedback } from '../ui/use-feedback';
import { apiTokensQuery, revokeApiToken } from './tokens.api';

interface Props {
  token: ApiToken;
  showOwner: boolean;
  now: number;
  feedback: Feedback;
}

/** One token: what it is, what it may do, whose it is, its dates and state; revoke after confirming. */
export function TokenRow({ token, showOwner, now, feedback }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation({
    mutationFn: () => revokeApiToken(token.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQuery.queryKey }),
  });
  const date = (iso: string | null, empty: string) => (iso ? formatDateTime(iso, locale) : empty);
  const expired = token.expiresAt !== null && Date.parse(token.expiresAt) <= now;

  let state;
  if (token.revokedAt)
    state = <Badge tone="neutral">{t('tokens.list.revokedOn', { date: date(token.revokedAt, '') })}</Badge>;
  else if (expired) state = <Badge tone="warning">{t('tokens.list.expired')}</Badge>;
  else state = <Badge tone="success">{t('tokens.list.active')}</Badge>;

  return (
    <tr>
      <th scope="row">{token.name}</th>
      <td>
        <code>{token.prefix}…</code>
      </td>
      <td>
        <ul className="tag-list">
          {token.scopes.map((scope) => (
            <li key={scope}>
              <code>{scope}</code>
            </li>
          ))}
        </ul>
      </td>
      {showOwner && <td>{token.owner.name}</td>}
      <td>{date(token.createdAt, '')}</td>
      <td>{date(token.lastUsedAt, t('common.notYet'))}</td>
      <td>{date(token.expiresAt, t('common.never'))}</td>
      <td>{state}</td>
      <td>
        {!token.revokedAt && (
          <button
            type="button"
            className="button button--small button--danger-outline"
            onClick={() => setConfirming(true)}
          >
            {t('tokens.revoke.button')}
            <span className="visually-hidden"> {token.name}</span>
          </button>
        )}
        {confirming && (
          <ConfirmDialog
            title={t('tokens.revoke.title', { name: token.name })}
            confirmLabel={t('tokens.revoke.confirm')}
            pending={revoke.isPending}
            error={revoke.error}
            onConfirm={() =>
              revoke.mutate(undefined, {
                onSuccess: () => {
                  setConfirming(false);
                  feedback.announce(t('tokens.revoke.done', { name: token.name }));
                },
              })
            }
            onClose={() => {
              setConfirming(false);
              revoke.reset();
            }}
          >
            <p>{t('tokens.revoke.body')}</p>
          </ConfirmDialog>
        )}
      </td>
    </tr>
  );
}
