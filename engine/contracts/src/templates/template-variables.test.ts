import { describe, expect, it } from 'vitest';
import { isTemplatePlatformError, templatePlatformErrors } from './template-errors.js';
import { languageTag, templateLanguages } from './template-languages.js';
import {
  mediaFormatOf,
  templateHeaderMedia,
  templateLimits,
  templateMediaFormats,
} from './template-limits.js';
import {
  fillVariables,
  givenValue,
  isPositional,
  isValidVariableName,
  parameterFormatOf,
  placeholders,
  variablesOf,
} from './template-variables.js';

describe('template variables', () => {
  it('finds every {{…}} in order, repeats and invalid ones included', () => {
    expect(placeholders('{{1}}様、ご注文{{2}}は{{1}}様宛てに{{ 3 }}、{{}}')).toEqual([
      '1',
      '2',
      '1',
      ' 3 ',
      '',
    ]);
    expect(placeholders('変数なし {単} {{{1}}}')).toEqual(['1']);
    expect(placeholders(undefined)).toEqual([]);
  });

  it('lists distinct variables by first appearance', () => {
    expect(variablesOf('{{order_id}}：{{customer_name}}様、{{order_id}}')).toEqual([
      'order_id',
      'customer_name',
    ]);
  });

  it('tells numbered from named variables and both from invalid ones', () => {
    for (const name of ['1', '2', '10', '123'])
      expect([isPositional(name), isValidVariableName(name)]).toEqual([true, true]);
    for (const name of ['order_id', 'a', 'x1', 'name_2'])
      expect([isPositional(name), isValidVariableName(name)]).toEqual([false, true]);
    for (const name of ['0', '01', 'Order', '_id', '1st', 'order-id', 'お名前', ' 1', ''])
      expect(isValidVariableName(name)).toBe(false);
  });

  it('is named as soon as one variable is named', () => {
    expect(parameterFormatOf([])).toBe('POSITIONAL');
    expect(parameterFormatOf(['1', '2'])).toBe('POSITIONAL');
    expect(parameterFormatOf(['1', 'order_id'])).toBe('NAMED');
  });

  it('fills variables with their values and keeps those without one', () => {
    expect(fillVariables('{{1}}様、ご注文{{2}}を発送しました。{{1}}様', { '1': '山田', '2': '' })).toBe(
      '山田様、ご注文{{2}}を発送しました。山田様',
    );
    expect(fillVariables('{{constructor}}と{{toString}}', {})).toBe('{{constructor}}と{{toString}}');
    expect(fillVariables('$&{{1}}', { '1': '$1 $&' })).toBe('$&$1 $&');
  });

  it('gives only values of its own', () => {
    expect(givenValue({ order_id: 'A-1' }, 'order_id')).toBe('A-1');
    expect(givenValue({}, 'constructor')).toBeUndefined();
    expect(givenValue({}, '__proto__')).toBeUndefined();
  });
});

describe('template limits', () => {
  it('are WhatsApp’s (WHATSAPP.md, “Templates”)', () => {
    expect(templateLimits).toMatchObject({
      nameMax: 512,
      headerTextMax: 60,
      bodyMax: 1024,
      footerMax: 60,
      buttonsMax: 10,
      quickRepliesMax: 10,
      urlButtonsMax: 2,
      phoneButtonsMax: 1,
      copyCodeButtonsMax: 1,
      buttonTextMax: 25,
    });
  });

  it('tell which header a file can be', () => {
    expect(templateMediaFormats).toEqual(['IMAGE', 'VIDEO', 'DOCUMENT']);
    expect(mediaFormatOf('image/jpeg')).toBe('IMAGE');
    expect(mediaFormatOf('image/png')).toBe('IMAGE');
    expect(mediaFormatOf('video/mp4')).toBe('VIDEO');
    expect(mediaFormatOf('application/pdf')).toBe('DOCUMENT');
    for (const mimeType of ['image/gif', 'image/webp', 'video/quicktime', 'text/plain', ''])
      expect(mediaFormatOf(mimeType)).toBeUndefined();
    expect(templateHeaderMedia.IMAGE.maxBytes).toBe(5 * 1024 * 1024);
    expect(templateHeaderMedia.VIDEO.maxBytes).toBe(16 * 1024 * 1024);
    expect(templateHeaderMedia.DOCUMENT.maxBytes).toBe(100 * 1024 * 1024);
  });
});

describe('template languages', () => {
  it('are listed once each, Japanese and English among them', () => {
    expect(new Set(templateLanguages).size).toBe(templateLanguages.length);
    expect(templateLanguages).toEqual(
      expect.arrayContaining(['ja', 'en', 'en_US', 'en_GB', 'pt_BR', 'zh_TW']),
    );
    for (const code of templateLanguages) expect(code).toMatch(/^[a-z]{2,3}(_[A-Z]{2})?$/);
  });

  it('have BCP 47 tags Intl can name', () => {
    expect(languageTag('pt_BR')).toBe('pt-BR');
    expect(languageTag('ja')).toBe('ja');
    const names = new Intl.DisplayNames(['en'], { type: 'language' });
    expect(names.of(languageTag('ja'))).toBe('Japanese');
    for (const code of templateLanguages) expect(() => names.of(languageTag(code))).not.toThrow();
  });
});

describe('template platform errors', () => {
  it('know WhatsApp’s template error codes and nothing else', () => {
    expect(Object.keys(templatePlatformErrors)).toEqual([
      '132000',
      '132001',
      '132005',
      '132007',
      '132012',
      '132015',
      '132016',
      '132018',
    ]);
    expect(isTemplatePlatformError('132018')).toBe(true);
    for (const code of ['131047', '132999', '', null, undefined, 'toString', 'constructor', '__proto__'])
      expect(isTemplatePlatformError(code)).toBe(false);
  });
});
