import { z } from 'zod';
import { graphPath } from '../graph-request.js';
import { authorizedCall, defined, successSchema, type ManagementContext } from './management-request.js';

const businessAccountFields =
  'id,name,timezone_id,message_template_namespace,account_review_status,business_verification_status,country,currency,ownership_type';

const businessAccountSchema = z
  .object({
    id: z.string().min(1),
    name: z.string(),
    timezone_id: z.string().optional(),
    message_template_namespace: z.string().optional(),
    account_review_status: z.string().optional(),
    business_verification_status: z.string().optional(),
    country: z.string().optional(),
    currency: z.string().optional(),
    ownership_type: z.string().optional(),
  })
  .transform((account) => ({
    id: account.id,
    name: account.name,
    ...defined({
      timezoneId: account.timezone_id,
      messageTemplateNamespace: account.message_template_namespace,
      accountReviewStatus: account.account_review_status,
      businessVerificationStatus: account.business_verification_status,
      country: account.country,
      currency: account.currency,
      ownershipType: account.ownership_type,
    }),
  }));
/** A WhatsApp Business Account as Meta reports it; the optional fields only where Meta gives them. */
export type BusinessAccount = z.infer<typeof businessAccountSchema>;

/** The WABA itself: what to show for it once connected, and ending the app's webhooks when disconnecting. */
export function businessAccountApi(context: ManagementContext) {
  return {
    /** `GET /{waba-id}?fields=id,name,…`: the WABA's name, review and verification status, country. */
    async getBusinessAccount(wabaId: string): Promise<BusinessAccount> {
      return authorizedCall(
        context,
        { method: 'GET', path: graphPath(wabaId), query: { fields: businessAccountFields } },
        businessAccountSchema,
      );
    },
    /** `DELETE /{waba-id}/subscribed_apps`: this app stops receiving the WABA's webhooks. */
    async unsubscribeApp(wabaId: string): Promise<void> {
      await authorizedCall(
        context,
        { method: 'DELETE', path: graphPath(wabaId, 'subscribed_apps') },
        successSchema,
      );
    },
  };
}
