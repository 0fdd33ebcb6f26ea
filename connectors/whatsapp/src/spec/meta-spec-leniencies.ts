import type { SpecLeniency } from './schema-normalizer.js';

/**
 * Where Meta's spec contradicts Meta's own examples, the examples win. Leniencies, all deliberate:
 * 1. `allOf: [Base, {additionalProperties: false, …}]` is merged into one object schema, so Base's
 *    fields are allowed next to the extension's (plain JSON Schema would forbid them).
 * 2. `discriminator` becomes an if/then dispatch on its property (`type`): only the matching
 *    branch is checked, and an unknown value is reported as such. A base schema inlined through
 *    allOf loses its discriminator (the children do not dispatch again).
 * 3. `recipient_type` is not required anywhere (Meta's examples omit it; Meta defaults it to
 *    `individual`).
 * 4. `LanguageObject.policy` is not required (Meta's template examples send only `code`).
 * 5. A message without `type` is checked as a text message, and `TextMessage` does not require
 *    `type` (Meta defaults it to `text`; example "Send Text Message with Preview URL").
 * 6. `TemplateComponent.index` and `ButtonComponent.index` lose their `pattern` `^[2-6, 11-14]$`:
 *    a character class that rejects the button indexes '0' and '1' every template example uses.
 * 7. Unknown keywords (`example`, …) and unknown formats are ignored (ajv `strict: false`).
 * 8. YAML duplicate keys (one webhook example repeats `changes`) are accepted; the last one wins.
 * 9. `LocationMessage` coordinates may be numbers as well as strings (the spec says string; Meta's
 *    examples "Send Location Message" and "Send Reply to Location Message" send numbers).
 * 10. Interactive `cta_url` (a known gap of the spec, see WHATSAPP.md): `InteractiveObject.type`
 *    accepts `cta_url`, and `ActionObject` gains the branch `{name: 'cta_url', parameters:
 *    {display_text ≤ 20, url}}` as Meta documents it.
 * 11. Template `copy_code` buttons (Meta documents them; the spec lists only quick_reply, url and
 *    catalog): `sub_type` accepts `copy_code` and button parameters accept `{type: 'coupon_code',
 *    coupon_code ≤ 15}`.
 * 12. Business-scoped user ids (2026, after the v23 spec): a message may name its recipient by
 *    `recipient` (a BSUID, `CC.<id>` or a parent `CC.ENT.<id>`) instead of `to`;
 *    `BaseMessageProperties.to` is required only when `recipient` is absent. A status
 *    (`Statuses`) may name it by `recipient_user_id` instead of `recipient_id` (absent for a
 *    BSUID send to a customer whose number cannot be shared); one of them is still required.
 * Not relaxed (the spec's examples that still fail use placeholders such as `<http(s)://url>` or
 * disagree with the schema in ways Parley does not send: numeric button `index`, boolean text
 * parameters, interactive `order_details`/`order_status`, `product` headers, catalog and flow
 * template buttons, and the mark-as-read body that has no `type`).
 * Inbound webhook payloads are not validated with this helper: the spec's webhook message schemas
 * reuse the outbound ones and reject every webhook example (see `webhook-payload.schema.ts`).
 */
export const metaSpecLeniencies: SpecLeniency = {
  requiredEverywhere: ['recipient_type'],
  requiredBySchema: {
    LanguageObject: ['policy'],
    TextMessage: ['type'],
    BaseMessageProperties: ['to'],
    Statuses: ['recipient_id'],
  },
  propertyKeywordsBySchema: {
    TemplateComponent: { index: ['pattern'] },
    ButtonComponent: { index: ['pattern'] },
  },
  discriminatorDefaults: { Message: 'text' },
  discriminatorAdditions: { ButtonParameterObject: { coupon_code: 'ParleyCouponCodeParameter' } },
  extraComponents: {
    ParleyCouponCodeParameter: {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'coupon_code'],
      properties: { type: { enum: ['coupon_code'] }, coupon_code: { type: 'string', maxLength: 15 } },
    },
  },
  schemaPatches: {
    BaseMessageProperties: [
      {
        at: '',
        addProperties: {
          recipient: { type: 'string', pattern: '^[A-Z]{2}\\.(ENT\\.)?[A-Za-z0-9]{1,128}$' },
        },
        set: { if: { not: { required: ['recipient'] } }, then: { required: ['to'] } },
      },
    ],
    Statuses: [
      {
        at: '',
        addProperties: {
          recipient_user_id: { type: 'string' },
          recipient_parent_user_id: { type: 'string' },
        },
        set: { if: { not: { required: ['recipient_user_id'] } }, then: { required: ['recipient_id'] } },
      },
    ],
    LocationMessage: [
      { at: 'location.latitude', set: { type: ['string', 'number'] } },
      { at: 'location.longitude', set: { type: ['string', 'number'] } },
    ],
    InteractiveObject: [{ at: 'type', addEnum: ['cta_url'] }],
    ActionObject: [
      {
        at: '',
        addOneOf: [
          {
            required: ['name', 'parameters'],
            properties: {
              name: { type: 'string', enum: ['cta_url'] },
              parameters: {
                type: 'object',
                additionalProperties: false,
                required: ['display_text', 'url'],
                properties: {
                  display_text: { type: 'string', maxLength: 20 },
                  url: { type: 'string', format: 'uri' },
                },
              },
            },
          },
        ],
      },
    ],
    TemplateComponent: [{ at: 'sub_type', addEnum: ['copy_code'] }],
    ButtonComponent: [{ at: 'sub_type', addEnum: ['copy_code'] }],
    ButtonParameterObject: [{ at: 'type', addEnum: ['coupon_code'] }],
  },
};
