import type { Config, Plugin } from 'payload'

import { listCostRule } from './graphql/listCostRule'
import { REQUEST_LIMITS } from './limits'

export { guardGraphQLRoute } from './graphql/guardGraphQLRoute'
export { REQUEST_LIMITS } from './limits'
export { guardRestRoute } from './rest/guardRestRoute'

/**
 * Bounds what one API request may cost. In the config: Payload's `maxDepth`, and a GraphQL validation
 * rule that estimates an answer's size by multiplying its nested lists (spread after any rules the
 * config already has). At the routes: `guardRestRoute` and `guardGraphQLRoute` wrap Payload's REST and
 * GraphQL handlers and refuse, with a 4xx that says why, what would cost more or fail on the way in.
 * The numbers are in `limits.ts`.
 */
export const requestLimits =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    maxDepth: REQUEST_LIMITS.maxDepth,
    graphQL: {
      ...config.graphQL,
      validationRules: (args) => [
        ...(config.graphQL?.validationRules?.(args) ?? []),
        listCostRule(args.variableValues),
      ],
    },
  })
