import { z } from 'zod';
import type { BusinessRecord, PhoneNumberRecord, WabaRecord } from '../onboarding/directory.js';
import type { SandboxContext } from '../sandbox-context.js';
import type { Issue } from '../sandbox-replies.js';
import type { PhoneVerification, PhoneVerifications } from './phone-verifications.js';
import { verticals } from './signup-text.js';

const id = z.string().regex(/^\d+$/, 'must be an id');
const name = z.string().trim().min(1).max(100);

/** What the consent page chose: each of business, WABA and number existing (`id`) or new. */
export const signupCompletionSchema = z.strictObject({
  clientId: z.string(),
  business: z.union([z.strictObject({ id }), z.strictObject({ name })]),
  /** Required for an existing business; a new business gets a new WABA named after it. */
  waba: z.union([z.strictObject({ id }), z.strictObject({ name })]).optional(),
  profile: z.strictObject({ displayName: name, category: z.enum(verticals) }),
  phoneNumber: z.union([z.strictObject({ id }), z.strictObject({ verificationId: z.string().min(1) })]),
});
export type SignupCompletion = z.infer<typeof signupCompletionSchema>;

export interface CompletedSignup {
  code: string;
  business_id: string;
  waba_id: string;
  phone_number_id: string;
}

/**
 * Ends Embedded Signup: checks every choice first, then creates what is new (a business, a WABA
 * with the hello_world template every new WABA has, an unregistered number) and issues the code
 * the page hands to the redirect URI. Nothing is created when a choice does not work.
 */
export function completeSignup(
  context: SandboxContext,
  verifications: PhoneVerifications,
  input: SignupCompletion,
): CompletedSignup | Issue[] {
  const { directory } = context;
  const business: BusinessRecord | undefined =
    'id' in input.business ? directory.businesses.get(input.business.id) : undefined;
  if ('id' in input.business && !business)
    return [{ path: 'business.id', message: `no business ${input.business.id}` }];
  let waba: WabaRecord | undefined;
  if (business) {
    const wanted = input.waba;
    if (!wanted) return [{ path: 'waba', message: 'choose or name a WhatsApp Business account' }];
    if ('id' in wanted) {
      waba = directory.wabasOf(business.id).find((candidate) => candidate.id === wanted.id);
      if (!waba) return [{ path: 'waba.id', message: `business ${business.id} has no WABA ${wanted.id}` }];
    }
  }
  const pick = pickNumber(context, verifications, input.phoneNumber, waba);
  if (Array.isArray(pick)) return pick;

  const owner = business ?? directory.createBusiness((input.business as { name: string }).name);
  if (!waba) {
    waba = directory.createWaba(owner.id, input.waba && 'name' in input.waba ? input.waba.name : owner.name);
    context.templates.seedHelloWorld(waba.id);
  }
  const { displayName } = input.profile;
  let number: PhoneNumberRecord;
  if (pick.kind === 'existing') {
    number = pick.number;
  } else {
    pick.verification.used = true;
    number = directory.addPhoneNumber(waba, {
      displayPhoneNumber: pick.verification.displayPhoneNumber,
      verifiedName: displayName,
    });
  }
  const signup = context.signupCodes.issue(
    { businessId: owner.id, wabaId: waba.id, phoneNumberId: number.id },
    context.clock.nowMs(),
  );
  return { code: signup.code, business_id: owner.id, waba_id: waba.id, phone_number_id: number.id };
}

type NumberPick =
  { kind: 'existing'; number: PhoneNumberRecord } | { kind: 'new'; verification: PhoneVerification };

/** The chosen number of the (existing) WABA, or a verified new one. */
function pickNumber(
  context: SandboxContext,
  verifications: PhoneVerifications,
  choice: SignupCompletion['phoneNumber'],
  waba: WabaRecord | undefined,
): NumberPick | Issue[] {
  if ('id' in choice) {
    const number = context.directory.numbers.get(choice.id);
    return number && number.wabaId === waba?.id
      ? { kind: 'existing', number }
      : [{ path: 'phoneNumber.id', message: `the WhatsApp Business account has no number ${choice.id}` }];
  }
  const verification = verifications.verified(choice.verificationId);
  return verification
    ? { kind: 'new', verification }
    : [{ path: 'phoneNumber.verificationId', message: 'the new number is not verified' }];
}
