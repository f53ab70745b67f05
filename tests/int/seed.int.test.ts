import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureDemoUsers } from '../../seed/demoUsers'
import { type DemoContent, seedDemoContent } from '../../seed/index'
import * as demoContent from '../../seed/data'
import { apiClient } from '../helpers/apiClient'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

const CONTENT: CollectionSlug[] = ['sources', 'findings', 'careers', 'skills', 'career-skills', 'faqs']

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      CONTENT.map(async (slug) => [slug, (await payload.count({ collection: slug })).totalDocs]),
    ),
  )

describe('demo content', () => {
  beforeAll(async () => {
    payload = await startTestPayload('seed')
    api = await apiClient()
  })
  afterAll(() => stopTestPayload(payload))

  it('leaves nothing behind when seeding fails part-way', async () => {
    const broken: DemoContent = {
      ...demoContent,
      careerSkills: [{ ...demoContent.careerSkills[0], skill: 'no-such-skill' }],
    }
    await expect(seedDemoContent({ payload, content: broken })).rejects.toThrow(
      'unknown skill "no-such-skill"',
    )
    expect(Object.values(await counts()).every((count) => count === 0)).toBe(true)
  })

  it('loads the catalogue and reports its progress', async () => {
    const lines: string[] = []
    await seedDemoContent({ payload, log: (line) => lines.push(line) })
    const loaded = await counts()
    expect(loaded.careers).toBeGreaterThanOrEqual(6)
    expect(loaded.skills).toBeGreaterThanOrEqual(30)
    expect(loaded['career-skills']).toBeGreaterThanOrEqual(12)
    expect(loaded.sources).toBeGreaterThanOrEqual(12)
    expect(
      lines.some((line) =>
        line.includes(`sources: ${demoContent.sources.length}/${demoContent.sources.length}`),
      ),
    ).toBe(true)
  })

  it('is idempotent: a second run changes nothing', async () => {
    const before = await counts()
    const versionsBefore = (await payload.countVersions({ collection: 'careers' })).totalDocs
    await seedDemoContent({ payload })
    expect(await counts()).toEqual(before)
    expect((await payload.countVersions({ collection: 'careers' })).totalDocs).toBe(versionsBefore)
  })

  it('publishes the Backend Developer × BentoML page without direct evidence, its two studies as context', async () => {
    const { body } = await api.rest({ path: '/careers?draft=true&limit=100' })
    expect(body.docs?.map((doc) => doc.slug)).toContain('backend-developer')

    const page = await payload.find({
      collection: 'career-skills',
      where: { title: { equals: 'BentoML for Backend Developer' } },
      depth: 2,
    })
    expect(page.docs).toHaveLength(1)
    const [bentoml] = page.docs
    // Nothing measures BentoML: the reference page's three studies no longer lead it.
    expect(bentoml.headlineFindings).toEqual([])
    expect(bentoml.findings).toEqual([])
    const context = (bentoml.contextFindings ?? []).map((finding) =>
      typeof finding === 'object' && typeof finding.source === 'object' ? finding.source.title : null,
    )
    expect(context).toHaveLength(2)
    expect(context[0]).toMatch(/Developer Productivity: Evidence from GitHub Copilot/)
    expect(context[1]).toMatch(/GPTs are GPTs/)
    expect(bentoml.verdict?.rationale).toMatch(/No cited study measures BentoML/)
  })

  it('creates one login per role, keeps the passwords private, and never changes working ones', async () => {
    const credentialsFile = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'creds-')),
      'demo-credentials.json',
    )
    const first = await ensureDemoUsers({ payload, credentialsFile })
    expect(first.changed).toBe(true)
    expect(fs.statSync(credentialsFile).mode & 0o777).toBe(0o600)
    const saved = JSON.parse(fs.readFileSync(credentialsFile, 'utf8'))
    expect(Object.keys(saved).sort()).toEqual(['admin', 'editor', 'reviewer'])

    for (const role of ['admin', 'editor', 'reviewer'] as const) {
      const { user } = await payload.login({ collection: 'users', data: saved[role] })
      expect(user?.roles).toEqual([role])
    }
    const second = await ensureDemoUsers({ payload, credentialsFile })
    expect(second.changed).toBe(false)
    expect(second.credentials).toEqual(saved)
  })
})
