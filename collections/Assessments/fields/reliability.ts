import { jsonReadout } from '../../../fields/jsonReadout'

/**
 * Written only by the recompute hook on assessment responses (shape: `lib/assessment/reliability`);
 * nobody can type it, in the admin or over the API.
 */
export const reliabilityField = jsonReadout({
  name: 'reliability',
  access: { create: () => false, update: () => false },
  admin: {
    position: 'sidebar',
    description: 'Computed from stored responses: alpha with its 95% interval, test-retest r, n and time.',
  },
})
