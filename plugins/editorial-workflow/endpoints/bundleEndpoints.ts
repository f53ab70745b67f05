import type { Endpoint } from 'payload'

import { approveBundle, dissolveBundle, requestBundleChanges } from '../lib/bundles/decideBundle'
import { publishBundle } from '../lib/bundles/publishBundle'
import { bundleMembersFor, submitBundle } from '../lib/bundles/submitBundle'
import { actorOf } from '../lib/actor'
import { nounOf, titleOf } from '../lib/documents'
import { forbidden } from '../lib/errors'
import type { ResolvedWorkflowOptions } from '../types'
import { bodyOf, done, text } from './respond'

/**
 * The review bundle's actions, under `/api/review-bundles`: what a submission would carry, submit,
 * approve, request changes, publish and dissolve. Each answers with a sentence saying what happened,
 * or refuses in words.
 */
export const bundleEndpoints = (options: ResolvedWorkflowOptions): Endpoint[] => {
  const decide =
    (action: typeof approveBundle): Endpoint['handler'] =>
    async (req) => {
      const { message, bundle } = await action({ req, options, bundleId: text(req.routeParams?.id) })
      return done(req, { message, bundle: bundle.id })
    }
  return [
    {
      path: '/dependencies',
      method: 'get',
      handler: async (req) => {
        if (!actorOf(req.user, options)) throw forbidden('Only the editorial team sees review bundles.')
        const query = (req.query ?? {}) as Record<string, unknown>
        const [, ...dependencies] = await bundleMembersFor({
          req,
          options,
          collection: text(query.collection),
          id: text(query.id),
        })
        return done(req, {
          dependencies: dependencies.map((m) => ({
            collection: m.collection,
            id: m.id,
            noun: nounOf(req.payload, m.collection),
            title: titleOf(req.payload, m.collection, m.doc),
            stage: m.doc.stage ?? 'draft',
          })),
        })
      },
    },
    {
      path: '/submit',
      method: 'post',
      handler: async (req) => {
        const body = await bodyOf(req)
        const { message, bundle } = await submitBundle({
          req,
          options,
          collection: text(body.collection),
          id: text(body.id),
        })
        return done(req, { message, bundle: bundle.id })
      },
    },
    { path: '/:id/approve', method: 'post', handler: decide(approveBundle) },
    { path: '/:id/publish', method: 'post', handler: decide(publishBundle) },
    { path: '/:id/dissolve', method: 'post', handler: decide(dissolveBundle) },
    {
      path: '/:id/request-changes',
      method: 'post',
      handler: async (req) => {
        const body = await bodyOf(req)
        const { message } = await requestBundleChanges({
          req,
          options,
          bundleId: text(req.routeParams?.id),
          note: body.note,
        })
        return done(req, { message })
      },
    },
  ]
}
