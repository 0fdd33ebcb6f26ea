import { allowedHostSchema } from '@parley/contracts';
import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import { TRANSLATED } from '../forms/field-error-text';
import type { Translate } from '../i18n/translate';

/** At most this many hosts (the contract's limit). */
export const MAX_HOSTS = 50;

export interface HostsFormValues {
  hosts: { host: string }[];
}

export const hostsValues = (allowedHosts: readonly string[]): HostsFormValues => ({
  hosts: allowedHosts.map((host) => ({ host })),
});

/**
 * Each host checked as the contract checks it (`api.example.com`, `*.example.com`, an optional
 * port), a repeated one refused, blank rows dropped; what it passes on is the list to save.
 */
export function hostsResolver(t: Translate): Resolver<HostsFormValues, unknown, string[]> {
  return (values) => {
    const errors: FieldErrors<HostsFormValues> = {};
    const seen = new Set<string>();
    const hosts: string[] = [];
    values.hosts.forEach(({ host }, i) => {
      if (host.trim() === '') return;
      const parsed = allowedHostSchema.safeParse(host);
      const message = !parsed.success
        ? t('flowSettings.hosts.invalid')
        : seen.has(parsed.data)
          ? t('flowSettings.hosts.repeated')
          : null;
      if (message) set(errors, `hosts.${i}.host`, { type: TRANSLATED, message });
      else if (parsed.success) {
        seen.add(parsed.data);
        hosts.push(parsed.data);
      }
    });
    if (hosts.length > MAX_HOSTS)
      set(errors, 'root.hosts', {
        type: TRANSLATED,
        message: t('flowSettings.hosts.tooMany', { max: MAX_HOSTS }),
      });
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values: hosts, errors: {} };
  };
}
