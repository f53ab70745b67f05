import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { apiClient, tokenFor } from '../helpers/apiClient'
import { makeFixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'
import { createStaff, TEST_PASSWORD } from '../helpers/users'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let make: ReturnType<typeof makeFixtures>
let reviewer: User
let reviewerToken: string

describe('collections', () => {
  beforeAll(async () => {
    payload = await startTestPayload('collections')
    api = await apiClient()
    reviewer = (await createStaff(payload)).reviewer
    reviewerToken = await tokenFor(payload, 'reviewer@test.example', TEST_PASSWORD)
    make = makeFixtures(payload)
  })
  afterAll(() => stopTestPayload(payload))

  describe('slugs', () => {
    it('generates a career slug from its title', async () => {
      expect((await make.career('published', 'Site Reliability Engineer')).slug).toBe(
        'site-reliability-engineer',
      )
      expect((await make.skill('published', 'Node.js')).slug).toBe('node-js')
    })

    it('answers 400 for a second career with the same slug, and writes nothing', async () => {
      await make.career('published', 'Data Engineer')
      const before = (await payload.count({ collection: 'careers' })).totalDocs
      const response = await api.rest({
        method: 'POST',
        path: '/careers',
        token: reviewerToken,
        body: { title: 'Data Engineer', summary: 'Duplicate.', demandProfile: 'balanced' },
      })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body)).toMatch(/slug/i)
      expect((await payload.count({ collection: 'careers' })).totalDocs).toBe(before)
    })
  })

  describe('career-skills', () => {
    it('answers 400 naming the existing page when a career and skill pair already has one', async () => {
      const career = await make.career('published', 'Pair Career')
      const skill = await make.skill('published', 'Pair Skill')
      await make.careerSkill('published', { career: career.id, skill: skill.id })
      const before = (await payload.count({ collection: 'career-skills' })).totalDocs

      const response = await api.rest({
        method: 'POST',
        path: '/career-skills',
        token: reviewerToken,
        body: { career: career.id, skill: skill.id, summary: 'Another page for the same pair.' },
      })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body)).toContain('already have an evidence page')
      expect(JSON.stringify(response.body)).toContain('Pair Skill for Pair Career')
      expect((await payload.count({ collection: 'career-skills' })).totalDocs).toBe(before)
    })

    it('refuses to move an existing page onto a pair that is taken', async () => {
      const career = await make.career('published', 'Move Career')
      const [a, b] = [await make.skill('published', 'Move A'), await make.skill('published', 'Move B')]
      await make.careerSkill('published', { career: career.id, skill: a.id })
      const second = await make.careerSkill('published', { career: career.id, skill: b.id })
      await expect(
        payload.update({ collection: 'career-skills', id: second.id, data: { skill: a.id } }),
      ).rejects.toMatchObject({ status: 400 })
    })

    it('titles the page after its skill and career', async () => {
      const page = await make.careerSkill('published', {
        career: (await make.career('published', 'Backend Developer')).id,
        skill: (await make.skill('published', 'BentoML')).id,
      })
      expect(page.title).toBe('BentoML for Backend Developer')
    })
  })

  describe('sources', () => {
    it('derives the vendor-survey flag from the source type, ignoring typed flags', async () => {
      const source = await make.source('published', {
        provenance: { sourceType: 'vendor-survey', studyDesign: 'cross-sectional-survey' },
        flags: { vendorSurvey: false, preprint: true, recallBias: true, retracted: true },
      })
      expect(source.flags).toEqual({
        vendorSurvey: true,
        preprint: false,
        recallBias: false,
        retracted: false,
      })
    })

    it('flags recall bias for retrospective surveys and preprints by type', async () => {
      const source = await make.source('published', {
        provenance: { sourceType: 'preprint', studyDesign: 'retrospective-survey' },
      })
      expect(source.flags).toMatchObject({ preprint: true, recallBias: true, vendorSurvey: false })
    })

    it('flags a source retracted when its verification says so, and records who said it', async () => {
      const source = await make.source('published')
      const response = await api.rest({
        method: 'PATCH',
        path: `/sources/${source.id}`,
        token: reviewerToken,
        body: { verification: { status: 'retracted', note: 'Journal retraction notice.' } },
      })
      expect(response.status).toBe(200)
      const stored = await payload.findByID({ collection: 'sources', id: source.id, depth: 0 })
      expect(stored.flags?.retracted).toBe(true)
      expect(stored.verification?.checkedBy).toBe(reviewer.id)
      expect(stored.verification?.checkedAt).toBeTruthy()
    })

    it('answers 400 for a malformed DOI, even on a draft save, and writes nothing', async () => {
      const before = (await payload.count({ collection: 'sources' })).totalDocs
      const response = await api.rest({
        method: 'POST',
        path: '/sources',
        token: reviewerToken,
        body: {
          title: 'Bad DOI',
          authors: [{ name: 'Doe' }],
          venue: 'Nowhere',
          year: 2020,
          url: 'https://example.org',
          doi: 'doi.org/10.1234',
          provenance: { sourceType: 'news', studyDesign: 'report' },
        },
      })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body)).toContain('A DOI starts with')
      expect((await payload.count({ collection: 'sources' })).totalDocs).toBe(before)
    })
  })
})
