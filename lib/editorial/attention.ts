import type { CollectionSlug, Payload, TypedUser } from 'payload'

import type { AttentionList } from '../../plugins/editorial-workflow/types'
import { whereCiting } from '../evidence/model'

/** Verification statuses a reader should not rely on without a second look. */
const NOT_RELIED_ON = ['unverified', 'disputed', 'retracted']

const SHOWN = 10

type Args = { payload: Payload; user: TypedUser }

const idsOf = async (payload: Payload, collection: CollectionSlug, where: Record<string, unknown>) => {
  const { docs } = await payload.find({
    collection,
    where: { and: [where, { _status: { equals: 'published' } }] } as never,
    depth: 0,
    select: {},
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((doc) => String(doc.id))
}

/**
 * Live evidence pages and FAQs that cite (through a finding) a source nobody has verified, or one that
 * is disputed or retracted. Five queries, whatever the size of the catalogue.
 */
const pagesCitingUnreliableSources = async ({ payload }: Args): Promise<AttentionList> => {
  const sources = await idsOf(payload, 'sources', { 'verification.status': { in: NOT_RELIED_ON } })
  const findings = sources.length ? await idsOf(payload, 'findings', { source: { in: sources } }) : []
  const [pages, faqs] = findings.length
    ? await Promise.all([
        payload.find({
          collection: 'career-skills',
          where: {
            and: [{ _status: { equals: 'published' } }, whereCiting(findings)],
          },
          depth: 0,
          select: { title: true },
          limit: SHOWN,
          sort: 'title',
          overrideAccess: true,
        }),
        payload.find({
          collection: 'faqs',
          where: { and: [{ _status: { equals: 'published' } }, whereCiting(findings, 'faqs')] },
          depth: 0,
          select: { question: true },
          limit: SHOWN,
          overrideAccess: true,
        }),
      ])
    : [null, null]
  const items = [
    ...(pages?.docs ?? []).map((page) => ({
      label: String(page.title ?? page.id),
      href: `/admin/collections/career-skills/${page.id}`,
      detail: 'Evidence page',
    })),
    ...(faqs?.docs ?? []).map((faq) => ({
      label: String(faq.question ?? faq.id),
      href: `/admin/collections/faqs/${faq.id}`,
      detail: 'FAQ',
    })),
  ]
  return {
    heading: 'Live pages citing unverified, disputed or retracted sources',
    empty: 'Every live page cites verified sources only.',
    total: (pages?.totalDocs ?? 0) + (faqs?.totalDocs ?? 0),
    items,
  }
}

/** Dataset imports whose changes wait for a reviewer's approval. Two queries. */
const importsAwaitingApproval = async ({ payload }: Args): Promise<AttentionList> => {
  const { docs, totalDocs } = await payload.find({
    collection: 'imports',
    where: { status: { equals: 'awaiting-approval' } },
    depth: 0,
    select: { title: true, ranAs: true, createdAt: true },
    sort: 'createdAt',
    limit: SHOWN,
    overrideAccess: true,
  })
  return {
    heading: 'Imports awaiting approval',
    empty: 'No import is waiting for approval.',
    total: totalDocs,
    items: docs.map((run) => ({
      label: String(run.title ?? run.id),
      href: `/admin/collections/imports/${run.id}`,
      detail: run.ranAs ? `run by ${String(run.ranAs)}` : undefined,
    })),
  }
}

/** What the reviewers' dashboard lists besides the review stages, for the editorial-workflow plugin. */
export const editorialAttention = async (args: Args): Promise<AttentionList[]> =>
  Promise.all([pagesCitingUnreliableSources(args), importsAwaitingApproval(args)])
