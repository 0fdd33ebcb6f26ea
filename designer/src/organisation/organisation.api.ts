import { organisationSchema, type UpdateOrganisationRequest } from '@parley/contracts';
import { api } from '../api/http';

export const renameOrganisation = (body: UpdateOrganisationRequest) =>
  api('PATCH', '/api/organisation', organisationSchema, { body });
