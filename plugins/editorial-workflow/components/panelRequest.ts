import { createLocalReq, type Payload, type PayloadRequest, type TypedUser } from 'payload'

/** A request for the panels' lookups, as the person viewing the document. */
export const panelRequest = (payload: Payload, user: TypedUser | null | undefined): Promise<PayloadRequest> =>
  createLocalReq({ user: user ?? undefined }, payload)
