import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphQLRoute } from '../../../../plugins/request-limits'

export const POST = guardGraphQLRoute(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
