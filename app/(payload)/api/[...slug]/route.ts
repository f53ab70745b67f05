import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { guardRestRoute } from '../../../../plugins/request-limits'

export const GET = guardRestRoute({ config, handler: REST_GET(config) })
export const POST = guardRestRoute({ config, handler: REST_POST(config) })
export const DELETE = guardRestRoute({ config, handler: REST_DELETE(config) })
export const PATCH = guardRestRoute({ config, handler: REST_PATCH(config) })
export const PUT = guardRestRoute({ config, handler: REST_PUT(config) })
export const OPTIONS = REST_OPTIONS(config)
