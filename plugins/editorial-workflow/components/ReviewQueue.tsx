import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { collectionLabel, loadReviewQueue, type QueueQuery } from '../lib/reviewQueue'
import type { ResolvedWorkflowOptions } from '../types'
import { ReviewQueueFilters } from './ReviewQueueFilters'
import { ReviewQueueTable } from './ReviewQueueTable'

type WithWorkflow = { workflow: ResolvedWorkflowOptions }

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The queue's filters from the page's query string; anything unknown is ignored. */
const queryFrom = (
  params: Record<string, string | string[] | undefined>,
  collections: string[],
): QueueQuery => {
  const collection = one(params.collection)
  const hours = Number(one(params.age))
  const page = Number(one(params.page))
  return {
    collection: collection && collections.includes(collection) ? collection : undefined,
    minHours: Number.isFinite(hours) && hours > 0 ? hours : undefined,
    sort: one(params.sort) === 'newest' ? 'newest' : 'oldest',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  }
}

const linkTo = (base: string, query: QueueQuery, page: number) => {
  const params = new URLSearchParams()
  if (query.collection) params.set('collection', query.collection)
  if (query.minHours) params.set('age', String(query.minHours))
  if (query.sort === 'newest') params.set('sort', 'newest')
  params.set('page', String(page))
  return `${base}?${params}`
}

/** The reviewers' page: `/admin/review-queue`. */
export const ReviewQueueView = async ({
  initPageResult,
  params,
  searchParams,
  workflow,
}: AdminViewServerProps & WithWorkflow) => {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload, user } = req
  const { admin: adminRoute, api: apiRoute } = payload.config.routes
  const onTeam = workflow.isReviewer(user) || workflow.isEditor(user)
  const query = queryFrom(
    (searchParams ?? {}) as Record<string, string | string[] | undefined>,
    workflow.collections,
  )
  const page = onTeam ? await loadReviewQueue({ payload, user, options: workflow, query }) : null
  const base = `${adminRoute}/review-queue`
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Review queue</h1>
        <p>
          Documents and bundles submitted for review. Claim one before you start, so that nobody else reviews
          it at the same time; a claim lasts {workflow.claimMinutes} minutes.
        </p>
        <ReviewQueueFilters
          action={base}
          query={query}
          collections={workflow.collections.map((slug) => ({ slug, label: collectionLabel(payload, slug) }))}
        />
        {page ? (
          <>
            <p className="review-queue__count">
              {page.total} waiting{page.pages > 1 ? `, page ${page.page} of ${page.pages}` : ''}
            </p>
            <ReviewQueueTable
              items={page.items}
              adminRoute={adminRoute}
              apiRoute={apiRoute}
              userId={user ? String(user.id) : undefined}
              canClaim={workflow.isReviewer(user)}
            />
            <nav aria-label="Queue pages" style={{ display: 'flex', gap: '1rem', marginTop: '1rem' }}>
              {page.page > 1 && <a href={linkTo(base, query, page.page - 1)}>Previous page</a>}
              {page.page < page.pages && <a href={linkTo(base, query, page.page + 1)}>Next page</a>}
            </nav>
          </>
        ) : (
          <p>The review queue is for the editorial team.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
