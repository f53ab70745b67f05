import 'server-only'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Local API for the assessment pages and form route; pages never import Payload themselves. */
export const payloadClient = (): Promise<Payload> => getPayload({ config })
