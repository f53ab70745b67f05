import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeFixtures } from '../helpers/fixtures'
import { staffSession } from '../helpers/staffSession'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'
import { TEST_PASSWORD } from '../helpers/users'

let payload: Payload
let session: Awaited<ReturnType<typeof staffSession>>
let make: ReturnType<typeof makeFixtures>
let secondReviewer: string

type Answer = Awaited<ReturnType<Awaited<ReturnType<typeof staffSession>>['api']['rest']>>

const call = (method: 'GET' | 'POST' | 'PATCH', path: string, token?: string, body?: unknown) =>
  session.api.rest({ method, path, token, body })
const messageOf = (answer: Answer) =>
  String((answer.body.errors as { message: string }[] | undefined)?.[0]?.message ?? answer.body.message)
const newest = (collection: 'sources' | 'findings' | 'career-skills', id: string) =>
  payload.findByID({ collection, id, draft: true, depth: 0 })

/** A new source and a finding citing it, both drafts written by the editor through REST. */
const newSourceAndFinding = async (label: string) => {
  const source = await call('POST', '/sources', session.tokens.editor, {
    title: `${label} study`,
    authors: [{ name: 'Okafor', given: 'Ada' }],
    venue: 'Journal of Bundled Evidence',
    year: 2025,
    // One address per source: a second source at the same address is refused as a duplicate.
    url: `https://example.org/bundled/${encodeURIComponent(label)}`,
    provenance: { sourceType: 'peer-reviewed', studyDesign: 'cohort' },
  })
  const sourceId = String((source.body.doc as { id: string }).id)
  const finding = await call('POST', '/findings', session.tokens.editor, {
    headline: `+12% output (${label})`,
    statement: 'Output rose by 12% among the treated teams.',
    source: sourceId,
    figures: [{ label: 'output change', value: 12, unit: '%' }],
    topic: 'ai-productivity',
    population: 'Support teams',
    scope: 'Two firms over one year',
    certainty: 'moderate',
    limitations: 'Two firms only.',
  })
  return { sourceId, findingId: String((finding.body.doc as { id: string }).id) }
}

const submit = (collection: string, id: string, token = session.tokens.editor) =>
  call('POST', '/review-bundles/submit', token, { collection, id })
const decide = (bundle: unknown, action: string, token: string, body: unknown = {}) =>
  call('POST', `/review-bundles/${String(bundle)}/${action}`, token, body)

describe('review bundles', () => {
  beforeAll(async () => {
    payload = await startTestPayload('review-bundles')
    session = await staffSession(payload)
    make = makeFixtures(payload)
    await payload.create({
      collection: 'users',
      data: {
        email: 'reviewer2@test.example',
        password: TEST_PASSWORD,
        roles: ['reviewer'],
        name: 'Second reviewer',
      },
    })
    const { token } = await payload.login({
      collection: 'users',
      data: { email: 'reviewer2@test.example', password: TEST_PASSWORD },
    })
    secondReviewer = token!
  })
  afterAll(() => stopTestPayload(payload))

  it('names a draft source instead of saying the finding has none, and offers the bundle', async () => {
    const { sourceId, findingId } = await newSourceAndFinding('Alone')
    const alone = await call('PATCH', `/findings/${findingId}`, session.tokens.editor, { stage: 'in-review' })
    expect(alone.status).toBe(400)
    expect(messageOf(alone)).toContain(
      'The source “Alone study” is a draft; submit it with this finding (as a bundle) or publish it first.',
    )
    expect(messageOf(alone)).not.toContain('The finding has no published source.')
    expect(messageOf(alone)).not.toContain(':')

    const offer = await call(
      'GET',
      `/review-bundles/dependencies?collection=findings&id=${findingId}`,
      session.tokens.editor,
    )
    expect(offer.body.dependencies).toEqual([
      { collection: 'sources', id: sourceId, noun: 'source', title: 'Alone study', stage: 'draft' },
    ])
  })

  it('takes a new source, a new finding and a page edit through one review: submitted, approved and published once', async () => {
    const { sourceId, findingId } = await newSourceAndFinding('Bundled')
    const page = await make.careerSkill('published')
    const edit = await call('PATCH', `/career-skills/${page.id}`, session.tokens.editor, {
      findings: [...(page.findings as string[]), findingId],
    })
    expect(edit.status).toBe(200)

    const submitted = await submit('career-skills', String(page.id))
    expect(submitted.status, messageOf(submitted)).toBe(200)
    expect(submitted.body.message).toBe('Submitted for review with 2 unpublished dependencies.')
    for (const [collection, id] of [
      ['sources', sourceId],
      ['findings', findingId],
      ['career-skills', String(page.id)],
    ] as const) {
      expect((await newest(collection, id)).stage, collection).toBe('in-review')
    }
    const queue = await call('GET', '/review-queue', session.tokens.reviewer)
    const item = queue.body.docs?.find((row) => row.documentId === String(page.id))
    expect(item).toMatchObject({
      members: 3,
      summary: '1 finding added; with 1 finding and 1 source not yet live',
    })

    const bundle = submitted.body.bundle
    expect((await decide(bundle, 'approve', session.tokens.reviewer)).status).toBe(200)
    expect((await call('GET', `/sources/${sourceId}`)).status, 'nothing is live before publication').toBe(404)
    const published = await decide(bundle, 'publish', secondReviewer)
    expect(published.status, messageOf(published)).toBe(200)

    expect((await call('GET', `/sources/${sourceId}`)).status).toBe(200)
    expect((await call('GET', `/findings/${findingId}`)).status).toBe(200)
    const live = await call('GET', `/career-skills/${page.id}?depth=0`)
    expect(live.body.findings).toContain(findingId)
    const audit = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { documentId: { in: [sourceId, findingId, String(page.id)] } },
          { from: { equals: 'approved' } },
          { to: { equals: 'published' } },
        ],
      },
      limit: 10,
    })
    expect(audit.docs.map((entry) => entry.documentId).sort()).toEqual(
      [sourceId, findingId, String(page.id)].sort(),
    )
    for (const entry of audit.docs) expect(entry.summary).toContain('published in the review bundle “')
    expect(
      (await call('GET', '/review-queue', session.tokens.reviewer)).body.docs?.map((row) => row.documentId),
    ).not.toContain(String(page.id))
  })

  it('finds the dependencies of an FAQ through its findings to their sources', async () => {
    const { sourceId, findingId } = await newSourceAndFinding('FAQ')
    const faq = await make.faq('published')
    await call('PATCH', `/faqs/${faq.id}`, session.tokens.editor, {
      citedFindings: [...(faq.citedFindings as string[]), findingId],
    })
    const offer = await call(
      'GET',
      `/review-bundles/dependencies?collection=faqs&id=${faq.id}`,
      session.tokens.editor,
    )
    expect((offer.body.dependencies as { id: string }[]).map((d) => d.id)).toEqual([findingId, sourceId])
  })

  it('publishes all members or none: a member the rules refuse at publication leaves every one unpublished', async () => {
    const { sourceId, findingId } = await newSourceAndFinding('Atomic')
    const page = await make.careerSkill('published')
    const [citedElsewhere] = page.findings as string[]
    await call('PATCH', `/career-skills/${page.id}`, session.tokens.editor, {
      findings: [...(page.findings as string[]), findingId],
    })
    const submitted = await submit('career-skills', String(page.id))
    expect((await decide(submitted.body.bundle, 'approve', session.tokens.reviewer)).status).toBe(200)
    // A finding the page already cited is retracted meanwhile, so the page is no longer ready.
    expect(
      (await call('PATCH', `/findings/${citedElsewhere}`, secondReviewer, { stage: 'retracted' })).status,
    ).toBe(200)

    const refused = await decide(submitted.body.bundle, 'publish', secondReviewer)
    expect(refused.status).toBe(403)
    expect(messageOf(refused)).toMatch(
      /^The career skill “.*” could not move with its bundle\. Cannot publish\./,
    )
    expect((await call('GET', `/sources/${sourceId}`)).status).toBe(404)
    expect((await call('GET', `/findings/${findingId}`)).status).toBe(404)
    expect((await newest('sources', sourceId)).stage).toBe('approved')
  })

  it('refuses the whole bundle to a reviewer who edited one member, naming it, and moves nothing', async () => {
    const { sourceId, findingId } = await newSourceAndFinding('Four-eyes')
    expect(
      (
        await call('PATCH', `/sources/${sourceId}`, session.tokens.reviewer, {
          venue: 'Journal of Second Looks',
        })
      ).status,
    ).toBe(200)
    const submitted = await submit('findings', findingId)
    expect(submitted.status, messageOf(submitted)).toBe(200)

    const own = await decide(submitted.body.bundle, 'approve', session.tokens.reviewer)
    expect(own.status).toBe(403)
    expect(messageOf(own)).toBe(
      'Four-eyes rule. You changed the source “Four-eyes study” in this bundle since it was last published, so someone else must approve the bundle.',
    )
    expect((await newest('findings', findingId)).stage).toBe('in-review')
    expect((await newest('sources', sourceId)).stage).toBe('in-review')

    expect((await decide(submitted.body.bundle, 'approve', secondReviewer)).status).toBe(200)
    const ownPublish = await decide(submitted.body.bundle, 'publish', session.tokens.reviewer)
    expect(ownPublish.status).toBe(403)
    expect(messageOf(ownPublish)).toContain('someone else must publish the bundle')
    expect((await call('GET', `/findings/${findingId}`)).status).toBe(404)
  })

  it('keeps members from moving alone: each is approved and published with its bundle', async () => {
    const { sourceId, findingId } = await newSourceAndFinding('Together')
    const submitted = await submit('findings', findingId)
    const alone = await call('PATCH', `/sources/${sourceId}`, session.tokens.reviewer, { stage: 'approved' })
    expect(alone.status).toBe(400)
    expect(messageOf(alone)).toContain('is part of the review bundle “+12% output (Together)”')
    expect((await newest('sources', sourceId)).stage).toBe('in-review')
    await decide(submitted.body.bundle, 'approve', session.tokens.reviewer)
    const publishAlone = await call('PATCH', `/findings/${findingId}`, secondReviewer, {
      _status: 'published',
    })
    expect(publishAlone.status).toBe(400)
    expect((await call('GET', `/findings/${findingId}`)).status).toBe(404)
  })

  it('sends the whole bundle back to draft when a member changes after approval', async () => {
    const { sourceId, findingId } = await newSourceAndFinding('Changed')
    const submitted = await submit('findings', findingId)
    expect((await decide(submitted.body.bundle, 'approve', session.tokens.reviewer)).status).toBe(200)

    const edit = await call('PATCH', `/sources/${sourceId}`, session.tokens.editor, {
      venue: 'A corrected venue',
    })
    expect(edit.status).toBe(200)
    expect((await newest('sources', sourceId)).stage).toBe('draft')
    expect((await newest('findings', findingId)).stage).toBe('draft')
    const publish = await decide(submitted.body.bundle, 'publish', secondReviewer)
    expect(publish.status).toBe(400)
    expect(messageOf(publish)).toContain(
      'in this bundle is “Draft”; approve the bundle before publishing it.',
    )
    const findingAudit = await payload.find({
      collection: 'audit-log',
      where: { documentId: { equals: findingId } },
      sort: '-createdAt',
      limit: 1,
    })
    expect(findingAudit.docs[0]).toMatchObject({ from: 'approved', to: 'draft' })
    expect(findingAudit.docs[0].summary).toContain('“Changed study” in its bundle changed')

    const again = await submit('findings', findingId)
    expect(again.status, messageOf(again)).toBe(200)
    expect(again.body.bundle).toBe(submitted.body.bundle)
    expect((await newest('sources', sourceId)).stage).toBe('in-review')
  })

  it('lists every problem of every member when a bundle is not ready, and writes nothing', async () => {
    const source = await call('POST', '/sources', session.tokens.editor, { title: 'Half-written study' })
    const sourceId = String((source.body.doc as { id: string }).id)
    const finding = await call('POST', '/findings', session.tokens.editor, {
      headline: '+3% output, half-written',
      source: sourceId,
      figures: [{ label: 'output change', value: 3, unit: '%' }],
    })
    const findingId = String((finding.body.doc as { id: string }).id)
    const refused = await submit('findings', findingId)
    expect(refused.status).toBe(400)
    const message = messageOf(refused)
    expect(message).toContain('The finding “+3% output, half-written” is not ready.')
    expect(message).toContain('The statement is missing.')
    expect(message).toContain('The source “Half-written study” is not ready.')
    expect(message).toContain('The venue is missing.')
    expect((await newest('sources', sourceId)).stage).toBe('draft')
    expect(
      (
        await payload.find({
          collection: 'review-bundles',
          where: { 'members.documentId': { equals: findingId } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('refuses a bundle to readers and a submission with nothing to bundle', async () => {
    const published = await make.finding('published')
    expect((await submit('findings', String(published.id), '')).status).toBe(403)
    const nothing = await call('PATCH', `/findings/${published.id}`, session.tokens.editor, {
      scope: 'A wider scope',
    })
    expect(nothing.status).toBe(200)
    const alone = await submit('findings', String(published.id))
    expect(alone.status).toBe(400)
    expect(messageOf(alone)).toMatch(
      /^The finding “.*” has no unpublished dependencies; submit it for review on its own\.$/,
    )
  })
})
