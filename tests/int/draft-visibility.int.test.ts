import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient, tokenFor } from '../helpers/apiClient'
import { makeFixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'
import { createStaff, TEST_PASSWORD } from '../helpers/users'

type ContentSlug = 'sources' | 'findings' | 'careers' | 'skills' | 'career-skills' | 'faqs'

/** Each content collection with the GraphQL names Payload gives it. */
const COLLECTIONS: { slug: ContentSlug; many: string; one: string }[] = [
  { slug: 'sources', many: 'Sources', one: 'Source' },
  { slug: 'findings', many: 'Findings', one: 'Finding' },
  { slug: 'careers', many: 'Careers', one: 'Career' },
  { slug: 'skills', many: 'Skills', one: 'Skill' },
  { slug: 'career-skills', many: 'CareerSkills', one: 'CareerSkill' },
  { slug: 'faqs', many: 'Faqs', one: 'Faq' },
]

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let editorToken: string
const docs = {} as Record<ContentSlug, { published: string; draft: string }>

const idsOf = (list: { id?: unknown }[] | undefined) => (list ?? []).map((doc) => doc.id)

describe('drafts never reach anonymous readers', () => {
  beforeAll(async () => {
    payload = await startTestPayload('drafts')
    api = await apiClient()
    await createStaff(payload)
    editorToken = await tokenFor(payload, 'editor@test.example', TEST_PASSWORD)
    const make = makeFixtures(payload)
    const builders = {
      sources: make.source,
      findings: make.finding,
      careers: make.career,
      skills: make.skill,
      'career-skills': make.careerSkill,
      faqs: make.faq,
    }
    for (const { slug } of COLLECTIONS) {
      const published = await builders[slug]('published')
      const draft = await builders[slug]('draft')
      docs[slug] = { published: published.id, draft: draft.id }
    }
  })
  afterAll(() => stopTestPayload(payload))

  describe.each(COLLECTIONS)('$slug', ({ slug, many, one }) => {
    it('REST lists only published documents, with or without ?draft=true', async () => {
      for (const query of ['?limit=100', '?draft=true&limit=100']) {
        const { status, body } = await api.rest({ path: `/${slug}${query}` })
        expect(status).toBe(200)
        expect(idsOf(body.docs)).toContain(docs[slug].published)
        expect(idsOf(body.docs)).not.toContain(docs[slug].draft)
      }
    })

    it('REST finds nothing when a reader asks for drafts explicitly', async () => {
      const { body } = await api.rest({ path: `/${slug}?draft=true&where[_status][equals]=draft` })
      expect(body.docs).toEqual([])
    })

    it('REST answers 404 for a draft fetched by id', async () => {
      const { status } = await api.rest({ path: `/${slug}/${docs[slug].draft}?draft=true` })
      expect(status).toBe(404)
    })

    it('REST refuses version history to anonymous readers', async () => {
      const { status } = await api.rest({ path: `/${slug}/versions` })
      expect(status).toBe(403)
    })

    it('GraphQL lists only published documents, even with draft: true', async () => {
      const { body } = await api.graphql({ query: `{ ${many}(draft: true, limit: 100) { docs { id } } }` })
      const ids = idsOf((body.data as Record<string, { docs: { id: string }[] }>)[many].docs)
      expect(ids).toContain(docs[slug].published)
      expect(ids).not.toContain(docs[slug].draft)
    })

    it('GraphQL returns nothing for a draft fetched by id', async () => {
      const { body } = await api.graphql({
        query: `{ ${one}(id: "${docs[slug].draft}", draft: true) { id } }`,
      })
      expect((body.data as Record<string, unknown> | null)?.[one] ?? null).toBeNull()
    })

    it('the Local API without override hides drafts from an anonymous caller', async () => {
      const found = await payload.find({
        collection: slug as CollectionSlug,
        draft: true,
        overrideAccess: false,
        depth: 0,
        limit: 200,
      })
      expect(idsOf(found.docs)).toContain(docs[slug].published)
      expect(idsOf(found.docs)).not.toContain(docs[slug].draft)
      await expect(
        payload.findByID({
          collection: slug as CollectionSlug,
          id: docs[slug].draft,
          draft: true,
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({ status: 404 })
    })

    it('the editorial team does see the draft', async () => {
      const { body } = await api.rest({ path: `/${slug}?draft=true&limit=100`, token: editorToken })
      expect(idsOf(body.docs)).toContain(docs[slug].draft)
    })
  })

  it('a published page with a pending draft shows readers the published text', async () => {
    const { id } = await makeFixtures(payload).career('published', 'Pending Draft Engineer')
    await payload.update({
      collection: 'careers',
      id,
      draft: true,
      data: { summary: 'Unreviewed new wording.' },
    })

    const rest = await api.rest({ path: `/careers/${id}?draft=true` })
    expect(rest.body.summary).toBe('Pending Draft Engineer builds things.')
    const graphql = await api.graphql({ query: `{ Career(id: "${id}", draft: true) { summary } }` })
    expect((graphql.body.data as { Career: { summary: string } }).Career.summary).toBe(
      'Pending Draft Engineer builds things.',
    )
    const staff = await api.rest({ path: `/careers/${id}?draft=true`, token: editorToken })
    expect(staff.body.summary).toBe('Unreviewed new wording.')
  })
})
