import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { channelLimitsSchema } from '@parley/contracts';
import { Requires } from '../auth/access.decorators.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { composerLimits } from './composer-limits.js';
import { channels, connectorIds } from './connectors.js';

@ApiTags('channels')
@Controller('api/channels')
export class ChannelLimitsController {
  /** Each channel's composer limits (lengths, buttons, rows, media), from its connector manifest. */
  @Get('limits')
  @Requires('inbox:read')
  @ApiJson(channelLimitsSchema)
  limits() {
    return {
      items: connectorIds.map((channel) => ({
        channel,
        limits: composerLimits(channels[channel].connector.manifest.capabilities),
      })),
    };
  }
}
