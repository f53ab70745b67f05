import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, ServerProps } from 'payload'
import React from 'react'

import { loadReviewQueue } from '../lib/reviewQueue'
import type { ResolvedWorkflowOptions } from '../types'
import { ReviewQueueTable } from './ReviewQueueTable'

type WithWorkflow = { workflow: ResolvedWorkflowOptions }

/** The reviewers' page: `/admin/review-queue`. */
export const ReviewQueueView = async ({
  initPageResult,
  params,
  searchParams,
  workflow,
}: AdminViewServerProps & WithWorkflow) => {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const user = req.user
  const items =
    workflow.isReviewer(user) || workflow.isEditor(user)
      ? await loadReviewQueue({ payload: req.payload, user, options: workflow })
      : []
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Review queue</h1>
        <p>Documents submitted for review, oldest first. Open one to approve it or request changes.</p>
        <ReviewQueueTable items={items} adminRoute={req.payload.config.routes.admin} />
      </Gutter>
    </DefaultTemplate>
  )
}

/** On the dashboard, reviewers land on what waits for them. */
export const ReviewQueueSummary = async ({ payload, user, workflow }: ServerProps & WithWorkflow) => {
  if (!workflow.isReviewer(user)) return null
  const items = await loadReviewQueue({ payload, user, options: workflow })
  return (
    <section className="review-queue-summary" aria-labelledby="review-queue-heading">
      <h2 id="review-queue-heading">Waiting for your review ({items.length})</h2>
      <ReviewQueueTable items={items.slice(0, 10)} adminRoute={payload.config.routes.admin} />
      <p>
        <a href={`${payload.config.routes.admin}/review-queue`}>Open the full review queue</a>
      </p>
    </section>
  )
}
