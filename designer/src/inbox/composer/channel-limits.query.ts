import { channelLimitsSchema, type ChannelId, type ComposerLimits } from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/http';

/** Each channel's composer limits: they change only with a new Parley, so read once a session. */
export const channelLimitsQuery = queryOptions({
  queryKey: ['channels', 'limits'] as const,
  queryFn: async ({ signal }) =>
    (await api('GET', '/api/channels/limits', channelLimitsSchema, { signal })).items,
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
});

/**
 * The limits the contract itself sets, for the moment before the channel's are known (or if they
 * can't be read): the engine checks the channel's own on sending either way.
 */
export const contractLimits: ComposerLimits = {
  textMaxLength: 4096,
  bodyMaxLength: 4096,
  headerMaxLength: 1024,
  footerMaxLength: 1024,
  replyButtons: { maxButtons: 10, maxTitleLength: 256 },
  list: {
    maxButtonLabelLength: 256,
    maxSections: 10,
    maxRows: 50,
    maxSectionTitleLength: 256,
    maxRowTitleLength: 256,
    maxRowDescriptionLength: 1024,
  },
  ctaUrl: { maxDisplayTextLength: 256 },
  media: [],
  templates: true,
  windowHours: null,
};

/** One channel's limits out of the list, or the contract's while they are unknown. */
export function limitsFor(
  items: readonly { channel: string; limits: ComposerLimits }[] | undefined,
  channel: ChannelId,
): ComposerLimits {
  return items?.find((item) => item.channel === channel)?.limits ?? contractLimits;
}
