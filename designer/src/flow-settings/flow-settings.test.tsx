import { describe, expect, it, vi } from 'vitest';
import { tags } from '../business-hours/render-in-router.test-support';
import { renderStatic } from '../flows/render.test-support';
import { translator } from '../i18n/translator.test-support';
import type { Feedback } from '../ui/use-feedback';
import { AllowedHostsForm } from './AllowedHostsForm';
import { hostsResolver } from './hosts-form';
import { SecretsTable } from './SecretsTable';
import { SecretUsage } from './SecretUsage';
import { SetSecretForm } from './SetSecretForm';

vi.mock('../i18n/use-locale', () => ({ useLocale: () => ({ lang: 'en', locale: 'en-GB' }) }));

const noop = () => undefined;
const feedback: Feedback = { message: '', error: null, announce: noop, fail: noop };
const resolve = (hosts: string[]) =>
  hostsResolver(translator('en'))({ hosts: hosts.map((host) => ({ host })) }, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });

describe('the allowed hosts', () => {
  it('are checked as the contract checks them, lower-cased, blank rows dropped', async () => {
    expect(await resolve(['API.Example.com', ' ', '*.shop.example.jp:8443', 'localhost:3000'])).toEqual({
      values: ['api.example.com', '*.shop.example.jp:8443', 'localhost:3000'],
      errors: {},
    });
  });

  it('refuse what is no host name, and a host given twice', async () => {
    const result = await resolve(['https://api.example.com/', 'api.example.com', 'API.example.com']);
    expect(result.values).toEqual({});
    expect(result.errors).toMatchObject({
      hosts: [
        { host: { message: 'Write a host name such as api.example.com or *.example.com.' } },
        undefined,
        { host: { message: 'This host is already in the list.' } },
      ],
    });
  });

  it('are listed one a row, each with its label and a remove button', () => {
    const html = renderStatic(<AllowedHostsForm allowedHosts={['api.example.com', '*.example.jp']} />);
    // The values are set by react-hook-form once mounted: here, one labelled input per host.
    expect(tags(html, 'flow-host-0')[0]).toContain('name="hosts.0.host"');
    expect(tags(html, 'flow-host-1')[0]).toContain('placeholder="api.example.com"');
    expect(tags(html, 'flow-host-2')).toHaveLength(0);
    expect(html).toContain('>Host 1</label>');
    expect(html).toContain('Remove host 2');
    expect(tags(html, 'flow-host-add')).toHaveLength(1);
    expect(renderStatic(<AllowedHostsForm allowedHosts={[]} />, 'ja')).toContain(
      '許可するホストがありません。',
    );
  });
});

describe('the secrets', () => {
  it('are listed by name and when each was set, never by value', () => {
    const html = renderStatic(
      <SecretsTable
        secrets={[{ name: 'SHOP_API_KEY', updatedAt: '2025-06-01T09:00:00.000Z' }]}
        onReplace={noop}
        feedback={feedback}
      />,
    );
    expect(tags(html, 'flow-secret-row')).toHaveLength(1);
    expect(html).toContain('<code>SHOP_API_KEY</code>');
    expect(html).toContain('1 Jun 2025');
    expect(html).toContain('Replace value');
    expect(tags(html, 'flow-secret-delete')).toHaveLength(1);
  });

  it('are set with a name and a write-only value', () => {
    const html = renderStatic(<SetSecretForm replacing={null} feedback={feedback} />);
    expect(tags(html, 'flow-secret-name')[0]).toContain('name="name"');
    expect(tags(html, 'flow-secret-value')[0]).toContain('type="password"');
    expect(tags(html, 'flow-secret-value')[0]).toContain('autoComplete="new-password"');
  });

  it('explain where a flow writes them', () => {
    const html = renderStatic(<SecretUsage />);
    expect(html).toContain('Write {{secret.NAME}} in an HTTP request node’s header values or body');
    expect(html).toContain('Bearer {{secret.SHOP_API_KEY}}');
    expect(renderStatic(<SecretUsage />, 'ja')).toContain(
      'ヘッダーの値または本文に {{secret.NAME}} と書くと',
    );
  });
});
