import 'server-only'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The one Payload instance the public site reads through; pages never call getPayload themselves. */
export const sitePayload = (): Promise<Payload> => getPayload({ config })
