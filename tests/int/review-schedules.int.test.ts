import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SCHEDULE_QUEUE } from '../../plugins/editorial-workflow/lib/slugs'
import { makeFixtures } from '../helpers/fixtures'
import { staffSession } from '../helpers/staffSession'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'
import { TEST_PASSWORD } from '../helpers/users'

let payload: Payload
let session: Awaited<ReturnType<typeof staffSession>>
let make: ReturnType<typeof makeFixtures>
let secondReviewer: string

const call = (method: 'GET' | 'POST' | 'PATCH', path: string, token?: string, body?: unknown) =>
  session.api.rest({ method, path, token, body })
const messageOf = (answer: Awaited<ReturnType<typeof call>>) =>
  String((answer.body.errors as { message: string }[] | undefined)?.[0]?.message ?? answer.body.message)

const inMs = (ms: number) => new Date(Date.now() + ms).toISOString()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** What the server's cron does every few seconds: run the due jobs of the schedule queue. */
const runDueJobs = () => payload.jobs.run({ queue: SCHEDULE_QUEUE, silent: true })

const schedule = (
  collection: string,
  id: unknown,
  action: string,
  at: string,
  token = session.tokens.reviewer,
) => call('POST', '/review-schedules/schedule', token, { collection, id: String(id), action, at })

/** A live skill with an edit approved by the first reviewer, ready to be scheduled by either. */
const approvedEdit = async (name: string) => {
  const skill = await make.skill('published', name)
  await call('PATCH', `/skills/${skill.id}`, session.tokens.editor, { summary: `${name}, as revised.` })
  await call('PATCH', `/skills/${skill.id}`, session.tokens.editor, { stage: 'in-review' })
  const approved = await call('PATCH', `/skills/${skill.id}`, session.tokens.reviewer, { stage: 'approved' })
  expect(approved.status, messageOf(approved)).toBe(200)
  return skill
}
const liveSummary = async (id: unknown) => (await call('GET', `/skills/${String(id)}`)).body.summary
const auditOf = async (id: unknown) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { documentId: { equals: String(id) } },
      sort: 'createdAt',
      limit: 50,
    })
  ).docs

describe('scheduled publishing and expiry', () => {
  beforeAll(async () => {
    payload = await startTestPayload('review-schedules')
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
    secondReviewer = (
      await payload.login({
        collection: 'users',
        data: { email: 'reviewer2@test.example', password: TEST_PASSWORD },
      })
    ).token!
  })
  afterAll(() => stopTestPayload(payload))

  it('publishes an approved version at its time, as the reviewer who scheduled it, with both steps in the audit log', async () => {
    const skill = await approvedEdit('Scheduled Skill')
    const at = inMs(4000)
    const scheduled = await schedule('skills', skill.id, 'publish', at)
    expect(scheduled.status, messageOf(scheduled)).toBe(200)
    expect(scheduled.body.message).toBe('Publication scheduled.')

    await runDueJobs()
    expect(await liveSummary(skill.id), 'not before its time').toBe('Scheduled Skill is a skill.')
    await sleep(Date.parse(at) - Date.now() + 200)
    await runDueJobs()
    expect(await liveSummary(skill.id)).toBe('Scheduled Skill, as revised.')

    const audit = await auditOf(skill.id)
    expect(audit.map((entry) => entry.summary)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/publication scheduled for \S+ by Test reviewer/),
        expect.stringContaining(
          'published on schedule, as scheduled by Test reviewer (Approved → Published)',
        ),
      ]),
    )
    expect(audit.at(-1)).toMatchObject({
      from: 'approved',
      to: 'published',
      actor: 'reviewer@test.example (on schedule)',
    })
    const [record] = (
      await payload.find({
        collection: 'review-schedules',
        where: { documentId: { equals: String(skill.id) } },
      })
    ).docs
    expect(record).toMatchObject({ status: 'done', scheduledByName: 'Test reviewer' })
  })

  it('refuses to schedule a version that is not approved, in words, and schedules nothing', async () => {
    const skill = await make.skill('published', 'Unapproved Skill')
    await call('PATCH', `/skills/${skill.id}`, session.tokens.editor, { summary: 'Not yet approved.' })
    await call('PATCH', `/skills/${skill.id}`, session.tokens.editor, { stage: 'in-review' })
    const refused = await schedule('skills', skill.id, 'publish', inMs(60_000))
    expect(refused.status).toBe(400)
    expect(messageOf(refused)).toBe(
      'Only an approved version can be scheduled for publication; this one is “In review”. Have it approved first.',
    )
    expect(messageOf(refused)).not.toContain(':')
    expect(
      (
        await payload.count({
          collection: 'review-schedules',
          where: { documentId: { equals: String(skill.id) } },
        })
      ).totalDocs,
    ).toBe(0)
    expect((await schedule('skills', skill.id, 'publish', inMs(60_000), session.tokens.editor)).status).toBe(
      403,
    )
    expect(messageOf(await schedule('skills', skill.id, 'publish', inMs(-60_000)))).toBe(
      'That time has passed; choose a time in the future.',
    )
  })

  it('applies four-eyes to whoever schedules the publication', async () => {
    const skill = await make.skill('published', 'Own Work Skill')
    await call('PATCH', `/skills/${skill.id}`, session.tokens.reviewer, {
      summary: 'Rewritten by the reviewer.',
    })
    await call('PATCH', `/skills/${skill.id}`, session.tokens.reviewer, { stage: 'in-review' })
    expect((await call('PATCH', `/skills/${skill.id}`, secondReviewer, { stage: 'approved' })).status).toBe(
      200,
    )
    const own = await schedule('skills', skill.id, 'publish', inMs(60_000))
    expect(own.status).toBe(403)
    expect(messageOf(own)).toBe(
      'Four-eyes rule. You changed this content since it was last published, so someone else must schedule its publication.',
    )
    expect((await schedule('skills', skill.id, 'publish', inMs(60_000), secondReviewer)).status).toBe(200)
  })

  it('cancels a scheduled publication when the content changes after approval', async () => {
    const skill = await approvedEdit('Changed Skill')
    expect((await schedule('skills', skill.id, 'publish', inMs(1000))).status).toBe(200)
    expect(
      (await call('PATCH', `/skills/${skill.id}`, session.tokens.editor, { summary: 'A late change.' }))
        .status,
    ).toBe(200)
    await sleep(1200)
    await runDueJobs()
    expect(await liveSummary(skill.id)).toBe('Changed Skill is a skill.')
    const [record] = (
      await payload.find({
        collection: 'review-schedules',
        where: { documentId: { equals: String(skill.id) } },
      })
    ).docs
    expect(record).toMatchObject({
      status: 'cancelled',
      outcome: 'Cancelled, as the content changed after approval.',
    })
    expect((await auditOf(skill.id)).map((entry) => entry.summary)).toContainEqual(
      expect.stringContaining(
        'scheduled publication by Test reviewer cancelled, as the content changed after approval',
      ),
    )
  })

  it('unpublishes a live page at its time (an expiry), and a reviewer may cancel one instead', async () => {
    const expiring = await make.skill('published', 'Expiring Skill')
    expect((await schedule('skills', expiring.id, 'unpublish', inMs(1000))).status).toBe(200)
    const kept = await make.skill('published', 'Kept Skill')
    const keptSchedule = await schedule('skills', kept.id, 'unpublish', inMs(1000))
    expect(
      (await call('POST', `/review-schedules/${keptSchedule.body.schedule}/cancel`, secondReviewer)).status,
    ).toBe(200)

    await sleep(1200)
    await runDueJobs()
    expect((await call('GET', `/skills/${expiring.id}`)).status).toBe(404)
    expect((await auditOf(expiring.id)).at(-1)).toMatchObject({ from: 'published', to: 'retracted' })
    expect((await auditOf(expiring.id)).at(-1)?.summary).toContain(
      'unpublished on schedule, as scheduled by Test reviewer',
    )
    expect((await call('GET', `/skills/${kept.id}`)).status).toBe(200)
    expect((await auditOf(kept.id)).at(-1)?.summary).toContain('cancelled by Second reviewer')

    const draft = await make.skill('draft', 'Never Live Skill')
    const refused = await schedule('skills', draft.id, 'unpublish', inMs(60_000))
    expect(refused.status).toBe(400)
    expect(messageOf(refused)).toContain('is not live and has no publication scheduled before that time')
  })

  it('publishes a whole approved bundle at its time', async () => {
    const source = await make.source('draft', { title: 'A scheduled study' })
    const finding = await make.finding('draft', { source: source.id, headline: '+10% output, scheduled' })
    const submitted = await call('POST', '/review-bundles/submit', session.tokens.editor, {
      collection: 'findings',
      id: finding.id,
    })
    expect(submitted.status, messageOf(submitted)).toBe(200)
    const notYet = await schedule('findings', finding.id, 'publish', inMs(60_000))
    expect(messageOf(notYet)).toContain(
      'in this bundle is “In review”; only an approved bundle can be scheduled',
    )
    await call('POST', `/review-bundles/${submitted.body.bundle}/approve`, session.tokens.reviewer)

    expect((await schedule('sources', source.id, 'publish', inMs(1000), secondReviewer)).status).toBe(200)
    await sleep(1200)
    await runDueJobs()
    expect((await call('GET', `/sources/${source.id}`)).status).toBe(200)
    expect((await call('GET', `/findings/${finding.id}`)).status).toBe(200)
    expect((await auditOf(finding.id)).at(-1)?.summary).toContain(
      'published on schedule, as scheduled by Second reviewer',
    )
  })
})
