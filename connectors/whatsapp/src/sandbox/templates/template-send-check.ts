import type { MetaErrorCode } from '../meta-errors.js';
import { component, type TemplateRecord } from './template.model.js';
import { distinctVariables, fillVariables } from './template-variables.js';

interface SendParameter {
  type: string;
  text?: string;
  parameter_name?: string;
  currency?: { fallback_value?: string };
  date_time?: { fallback_value?: string };
}

interface SendComponent {
  type: string;
  sub_type?: string;
  index?: string | number;
  parameters?: SendParameter[];
}

/** The `template` object of a send request (already checked against Meta's spec). */
export interface SendTemplate {
  name: string;
  language: { code: string };
  components?: SendComponent[];
}

export type TemplateSendCheck =
  { ok: true; preview: string } | { ok: false; code: MetaErrorCode; details: string };

const textual = ['text', 'currency', 'date_time'];

/** Meta's checks of a template send's parameters against the approved template; the body as the customer sees it. */
export function checkTemplateSend(record: TemplateRecord, send: SendTemplate): TemplateSendCheck {
  const given = send.components ?? [];
  const of = (type: string) => given.find((part) => part.type.toLowerCase() === type)?.parameters ?? [];
  const failure =
    checkHeader(record, of('header')) ?? checkBody(record, of('body')) ?? checkButtons(record, given);
  if (failure) return failure;
  const body =
    record.category === 'AUTHENTICATION'
      ? '{{1}} is your verification code.'
      : (component(record, 'BODY')?.text ?? '');
  return { ok: true, preview: fillVariables(body, valuesOf(record, of('body'))) };
}

function mismatch(where: string, received: number, expected: number): TemplateSendCheck {
  return {
    ok: false,
    code: 132000,
    details: `${where}: number of localizable_params (${received}) does not match the expected number of params (${expected})`,
  };
}

function checkHeader(record: TemplateRecord, parameters: SendParameter[]): TemplateSendCheck | undefined {
  const header = component(record, 'HEADER');
  const format = header?.format ?? 'NONE';
  const expected = format === 'TEXT' ? distinctVariables(header?.text).length : format === 'NONE' ? 0 : 1;
  if (parameters.length !== expected) return mismatch('header', parameters.length, expected);
  const parameter = parameters[0];
  if (parameter && format !== 'TEXT' && parameter.type.toUpperCase() !== format)
    return {
      ok: false,
      code: 132012,
      details: `header: Format mismatch, expected ${format}, received ${parameter.type.toUpperCase()}`,
    };
  return undefined;
}

function checkBody(record: TemplateRecord, parameters: SendParameter[]): TemplateSendCheck | undefined {
  const names =
    record.category === 'AUTHENTICATION' ? ['1'] : distinctVariables(component(record, 'BODY')?.text);
  if (parameters.length !== names.length) return mismatch('body', parameters.length, names.length);
  if (parameters.some((parameter) => !textual.includes(parameter.type)))
    return { ok: false, code: 132012, details: 'body: parameters must be text, currency or date_time' };
  if (record.parameterFormat === 'NAMED') {
    const missing = names.filter(
      (name) => !parameters.some((parameter) => parameter.parameter_name === name),
    );
    if (missing.length > 0)
      return { ok: false, code: 132018, details: `body: missing parameter_name ${missing.join(', ')}` };
  }
  return undefined;
}

function checkButtons(record: TemplateRecord, given: SendComponent[]): TemplateSendCheck | undefined {
  const buttons = component(record, 'BUTTONS')?.buttons ?? [];
  const sent = given.filter((part) => part.type.toLowerCase() === 'button');
  for (const part of sent) {
    const button = buttons[Number(part.index)];
    const subType = (part.sub_type ?? '').toLowerCase();
    const fits =
      button !== undefined &&
      ((subType === 'quick_reply' && button.type === 'QUICK_REPLY') ||
        (subType === 'url' && ['URL', 'OTP'].includes(button.type)) ||
        (subType === 'copy_code' && button.type === 'COPY_CODE') ||
        (subType === 'flow' && button.type === 'FLOW'));
    if (!fits)
      return {
        ok: false,
        code: 132018,
        details: `button at index ${String(part.index)} is not a ${subType} button`,
      };
  }
  for (const [index, button] of buttons.entries()) {
    const needsParameter =
      button.type === 'COPY_CODE' ||
      button.type === 'OTP' ||
      (button.type === 'URL' && distinctVariables(button.url).length > 0);
    if (!needsParameter) continue;
    const part = sent.find((candidate) => Number(candidate.index) === index);
    const count = part?.parameters?.length ?? 0;
    if (count !== 1) return mismatch(`button ${index}`, count, 1);
  }
  return undefined;
}

function valuesOf(record: TemplateRecord, parameters: SendParameter[]): Map<string, string> {
  const values = new Map<string, string>();
  parameters.forEach((parameter, index) => {
    const value =
      parameter.text ?? parameter.currency?.fallback_value ?? parameter.date_time?.fallback_value ?? '';
    values.set(
      record.parameterFormat === 'NAMED' ? (parameter.parameter_name ?? '') : String(index + 1),
      value,
    );
  });
  return values;
}
