import type { CollectionSlug, PayloadRequest } from 'payload'

import { actorOf } from '../actor'
import { openBundleOf } from '../bundles/members'
import { openBundleFor } from '../bundles/openBundle'
import { refuseOwnWork, requireStages } from '../bundles/moveMembers'
import type { Member } from '../bundles/dependencies'
import { contentAuthorsSincePublication } from '../contentAuthors'
import { named, titleOf } from '../documents'
import { badRequest, forbidden } from '../errors'
import { writeEventEntry } from '../eventEntry'
import { personName } from '../queue/author'
import { SCHEDULE_QUEUE, SCHEDULE_TASK, SCHEDULES_SLUG } from '../slugs'
import { inTransaction } from '../transaction'
import { STAGE_LABELS, type Stage } from '../../stages'
import type { ResolvedWorkflowOptions } from '../../types'
import type { ScheduleDoc } from './types'

export type ScheduleArgs = {
  req: PayloadRequest
  options: ResolvedWorkflowOptions
  collection: string
  id: string
  action: unknown
  /** When, as an ISO date-time. */
  at: unknown
}

/** A little leeway for the clock of the browser that picked the time. */
const PAST_LEEWAY_MS = 5_000

const whenOf = (at: unknown): Date => {
  const when = typeof at === 'string' || typeof at === 'number' ? new Date(at) : new Date(Number.NaN)
  if (Number.isNaN(when.getTime())) throw badRequest('Give the time as a date and time (ISO 8601).')
  if (when.getTime() < Date.now() - PAST_LEEWAY_MS)
    throw badRequest('That time has passed; choose a time in the future.')
  return when
}

const pending = async (req: PayloadRequest, where: Record<string, unknown>[]) => {
  const { docs } = await req.payload.find({
    collection: SCHEDULES_SLUG as never,
    where: { and: [...where, { status: { equals: 'scheduled' } }] } as never,
    depth: 0,
    limit: 10,
    overrideAccess: true,
    req,
  })
  return docs as unknown as ScheduleDoc[]
}

/** A publication: of the approved document, or of its whole bundle when it is in one. */
const checkPublication = async ({
  req,
  options,
  lead,
}: {
  req: PayloadRequest
  options: ResolvedWorkflowOptions
  lead: Member
}) => {
  const bundle = await openBundleOf(req, lead)
  if (bundle) {
    const { members } = await openBundleFor({
      req,
      options,
      bundleId: String(bundle.id),
      reviewersOnly: true,
      verb: 'schedule',
    })
    requireStages(
      req,
      members,
      ['approved'],
      'only an approved bundle can be scheduled for publication. Approve it first.',
    )
    await refuseOwnWork(req, members, 'schedule the publication of')
    if (
      (await pending(req, [{ bundle: { equals: String(bundle.id) } }, { action: { equals: 'publish' } }]))
        .length
    ) {
      throw badRequest('This bundle already has a scheduled publication; cancel it before setting another.')
    }
    return { bundleId: String(bundle.id), members: members.length }
  }
  const stage = (lead.doc.stage as Stage | undefined) ?? 'draft'
  if (stage !== 'approved') {
    throw badRequest(
      `Only an approved version can be scheduled for publication; this one is “${STAGE_LABELS[stage]}”. Have it approved first.`,
    )
  }
  const authors = await contentAuthorsSincePublication({ req, collection: lead.collection, id: lead.id })
  if (authors.has(String(req.user?.id))) {
    throw forbidden(
      'Four-eyes rule. You changed this content since it was last published, so someone else must schedule its publication.',
    )
  }
  return { bundleId: null, members: 1 }
}

/** An unpublication: of a live document, or of one whose publication is scheduled before it. */
const checkUnpublication = async ({ req, lead, when }: { req: PayloadRequest; lead: Member; when: Date }) => {
  const live = (await req.payload.findByID({
    collection: lead.collection,
    id: lead.id,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Record<string, unknown>
  const publications = await pending(req, [
    { collectionSlug: { equals: lead.collection } },
    { documentId: { equals: lead.id } },
    { action: { equals: 'publish' } },
  ])
  const publishedBefore = publications.some((schedule) => new Date(schedule.at) < when)
  if (live._status !== 'published' && !publishedBefore) {
    throw badRequest(
      `Only a live document can be scheduled to be unpublished, and ${named(req.payload, lead, lead.doc)} is not live and has no publication scheduled before that time.`,
    )
  }
  const unpublications = await pending(req, [
    { collectionSlug: { equals: lead.collection } },
    { documentId: { equals: lead.id } },
    { action: { equals: 'unpublish' } },
  ])
  if (unpublications.length) {
    throw badRequest('This document already has a scheduled unpublication; cancel it before setting another.')
  }
}

/** The version a schedule covers: the newest, which the approval covers. */
const newestVersionId = async (req: PayloadRequest, lead: Member) => {
  const { docs } = await req.payload.findVersions({
    collection: lead.collection,
    where: { parent: { equals: lead.id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ? String(docs[0].id) : null
}

/**
 * Sets a publication or an unpublication for a time, carried out by the jobs queue as the reviewer who
 * set it. Only an approved version (or an approved bundle) may be scheduled, and four-eyes applies to
 * the reviewer scheduling it as to one publishing it. The audit log records who scheduled what.
 */
export const scheduleAction = async ({ req, options, collection, id, action, at }: ScheduleArgs) => {
  if (actorOf(req.user, options) !== 'reviewer')
    throw forbidden('Only reviewers and admins schedule publications.')
  if (action !== 'publish' && action !== 'unpublish') throw badRequest('Say whether to publish or unpublish.')
  const when = whenOf(at)
  const doc = await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!doc || !options.collections.includes(collection as CollectionSlug))
    throw badRequest('There is no such document to schedule.')
  const lead: Member = {
    collection: collection as CollectionSlug,
    id,
    doc: doc as unknown as Record<string, unknown>,
  }
  const target =
    action === 'publish'
      ? await checkPublication({ req, options, lead })
      : (await checkUnpublication({ req, lead, when }), { bundleId: null, members: 1 })

  return inTransaction(req, async () => {
    const title = titleOf(req.payload, collection, lead.doc)
    const who = personName(req.user)
    const schedule = (await req.payload.create({
      collection: SCHEDULES_SLUG as never,
      data: {
        title,
        action,
        at: when.toISOString(),
        collectionSlug: collection,
        documentId: id,
        bundle: target.bundleId,
        status: 'scheduled',
        scheduledBy: req.user?.id,
        scheduledByName: who,
        versionId: await newestVersionId(req, lead),
      } as never,
      overrideAccess: true,
      req,
    })) as unknown as ScheduleDoc
    const job = await req.payload.jobs.queue({
      task: SCHEDULE_TASK as never,
      queue: SCHEDULE_QUEUE,
      input: { scheduleId: String(schedule.id) } as never,
      waitUntil: when,
      req,
    })
    await req.payload.update({
      collection: SCHEDULES_SLUG as never,
      id: schedule.id,
      data: { jobId: String((job as { id: string | number }).id) } as never,
      overrideAccess: true,
      req,
    })
    const what = target.bundleId
      ? `publication of its review bundle (${target.members} documents)`
      : action === 'publish'
        ? 'publication'
        : 'unpublication'
    await writeEventEntry({
      req,
      options,
      collection,
      id,
      title,
      stage: (lead.doc.stage as Stage | undefined) ?? 'draft',
      event: `${what} scheduled for ${when.toISOString()} by ${who}`,
    })
    return { schedule, message: `${action === 'publish' ? 'Publication' : 'Unpublication'} scheduled.` }
  })
}
