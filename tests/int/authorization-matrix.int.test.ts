import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { makeFixtures } from '../helpers/fixtures'
import { staffSession } from '../helpers/staffSession'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

type Role = 'anonymous' | 'editor' | 'reviewer' | 'admin'
type Path = 'REST' | 'GraphQL' | 'Local API'
type Operation =
  | 'create a draft'
  | 'create it published'
  | 'submit for review'
  | 'approve'
  | 'request changes'
  | 'publish the approved version'
  | 'retract'
  | 'delete'

const ROLES: Role[] = ['anonymous', 'editor', 'reviewer', 'admin']
const PATHS: Path[] = ['REST', 'GraphQL', 'Local API']
const COLLECTIONS = ['sources', 'findings', 'careers', 'skills', 'career-skills', 'faqs'] as const
type Content = (typeof COLLECTIONS)[number]

/**
 * The expected outcome of every operation for every role. It holds for every collection on every
 * path: each cell below is asserted 6 collections × 3 paths times.
 */
// prettier-ignore
const EXPECTED: Record<Operation, Record<Role, 'allowed' | 'refused'>> = {
  //                               anonymous    editor       reviewer     admin
  'create a draft':               { anonymous: 'refused', editor: 'allowed', reviewer: 'allowed', admin: 'allowed' },
  'create it published':          { anonymous: 'refused', editor: 'refused', reviewer: 'refused', admin: 'refused' },
  'submit for review':            { anonymous: 'refused', editor: 'allowed', reviewer: 'allowed', admin: 'allowed' },
  'approve':                      { anonymous: 'refused', editor: 'refused', reviewer: 'allowed', admin: 'allowed' },
  'request changes':              { anonymous: 'refused', editor: 'refused', reviewer: 'allowed', admin: 'allowed' },
  'publish the approved version': { anonymous: 'refused', editor: 'refused', reviewer: 'allowed', admin: 'allowed' },
  'retract':                      { anonymous: 'refused', editor: 'refused', reviewer: 'allowed', admin: 'allowed' },
  'delete':                       { anonymous: 'refused', editor: 'refused', reviewer: 'allowed', admin: 'allowed' },
}

/** How each operation is sent, and what must be true afterwards when it was allowed. */
const OPERATIONS: Record<
  Operation,
  {
    startStage?: 'draft' | 'in-review' | 'approved' | 'published'
    data?: Record<string, unknown>
    expectStage?: string
  }
> = {
  'create a draft': {},
  'create it published': {},
  'submit for review': { startStage: 'draft', data: { stage: 'in-review' }, expectStage: 'in-review' },
  approve: { startStage: 'in-review', data: { stage: 'approved' }, expectStage: 'approved' },
  'request changes': {
    startStage: 'in-review',
    data: { stage: 'changes-requested', reviewNote: 'Cite the population.' },
    expectStage: 'changes-requested',
  },
  'publish the approved version': {
    startStage: 'approved',
    data: { _status: 'published' },
    expectStage: 'published',
  },
  retract: { startStage: 'published', data: { stage: 'retracted' }, expectStage: 'retracted' },
  delete: { startStage: 'published' },
}

const GRAPHQL_NAMES: Record<Content, string> = {
  sources: 'Source',
  findings: 'Finding',
  careers: 'Career',
  skills: 'Skill',
  'career-skills': 'CareerSkill',
  faqs: 'Faq',
}

/** GraphQL spells select values as enum names: "in-review" is sent as in_review. */
const ENUM_KEYS = new Set([
  'sourceType',
  'studyDesign',
  'topic',
  'certainty',
  'demandProfile',
  'kind',
  'value',
  'basis',
  'stage',
  '_status',
])
const toGraphQLInput = (value: unknown, key = ''): unknown => {
  if (Array.isArray(value)) return value.map((item) => toGraphQLInput(item))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toGraphQLInput(v, k)]))
  }
  return ENUM_KEYS.has(key) && typeof value === 'string' ? value.replace(/-/g, '_') : value
}

let payload: Payload
let session: Awaited<ReturnType<typeof staffSession>>
let make: ReturnType<typeof makeFixtures>
const inputTypes = new Map<string, string>()

/** A fresh, ready document in the given stage, owned by nobody in the test (so four-eyes never bites). */
const documentIn = async (collection: Content, stage: 'draft' | 'in-review' | 'approved' | 'published') => {
  const status = stage === 'published' ? 'published' : 'draft'
  const extra = { stage }
  switch (collection) {
    case 'sources':
      return make.source(status, extra)
    case 'findings':
      return make.finding(status, extra)
    case 'careers':
      return make.career(status, undefined, extra)
    case 'skills':
      return make.skill(status, undefined, extra)
    case 'career-skills':
      return make.careerSkill(status, extra)
    case 'faqs':
      return make.faq(status, extra)
  }
}

/** Data for a brand-new document, built from a throwaway one so every required field is right. */
const newDocumentData = async (collection: Content): Promise<Record<string, unknown>> => {
  const template = (await documentIn(collection, 'draft')) as unknown as Record<string, unknown>
  await payload.delete({ collection, id: template.id as string })
  const unique = `${Math.random().toString(36).slice(2, 8)}`.replace(/\d/g, 'x')
  const data: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(template)) {
    if (
      [
        'id',
        'createdAt',
        'updatedAt',
        'stage',
        '_status',
        'changedBy',
        'flags',
        'verification',
        'title',
        'slug',
      ].includes(key)
    )
      continue
    if (value === null) continue
    data[key] = Array.isArray(value)
      ? value.map((row) => (row && typeof row === 'object' ? { ...row, id: undefined } : row))
      : value
  }
  if (collection === 'sources' || collection === 'careers') data.title = `Matrix ${unique}`
  if (collection === 'sources') data.verification = { status: 'unverified' }
  if (collection === 'skills') data.name = `Matrix ${unique}`
  if (collection === 'findings') data.headline = `+10% matrix ${unique}`
  if (collection === 'faqs') data.question = `Matrix question ${unique}?`
  if (collection === 'career-skills') {
    data.career = (await make.career()).id
    data.skill = (await make.skill()).id
  }
  return data
}

/**
 * Payload's GraphQL update input marks a group as required when one of its fields is, so an update
 * must resend such groups even when it changes only the stage.
 */
const requiredGroupsOf = async (collection: Content, id: string) => {
  const doc = (await payload.findByID({ collection, id, draft: true, depth: 0 })) as unknown as Record<
    string,
    unknown
  >
  const strip = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key, v]) => v !== null && !['id', 'checkedBy', 'checkedAt'].includes(key))
            .map(([key, v]) => [key, strip(v)]),
        )
      : value
  return Object.fromEntries(
    Object.entries(doc)
      .filter(
        ([key, value]) => key !== 'flags' && value && typeof value === 'object' && !Array.isArray(value),
      )
      .map(([key, value]) => [key, strip(value)]),
  )
}

type Attempt = { ok: boolean; detail: string; malformed?: boolean; status?: number }

const tokenFor = (role: Role) => (role === 'anonymous' ? undefined : session.tokens[role])
const userFor = (role: Role): User | undefined => (role === 'anonymous' ? undefined : session.users[role])

const viaRest = async (
  role: Role,
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<Attempt> => {
  const response = await session.api.rest({ method, path, token: tokenFor(role), body })
  return {
    ok: response.status < 300,
    status: response.status,
    detail: `${response.status} ${JSON.stringify(response.body).slice(0, 200)}`,
  }
}

const viaGraphQL = async (
  role: Role,
  query: string,
  variables: Record<string, unknown>,
): Promise<Attempt> => {
  const response = await session.api.graphql({ query, variables, token: tokenFor(role) })
  const errors = (response.body.errors as { message: string }[] | undefined) ?? []
  // A request GraphQL rejects as malformed says nothing about access; it must never count as "refused".
  const malformed = errors.some((error) => error.message.startsWith('Variable "$'))
  return { ok: errors.length === 0, malformed, detail: JSON.stringify(response.body).slice(0, 400) }
}

const viaLocal = async (role: Role, run: (user: User | undefined) => Promise<unknown>): Promise<Attempt> => {
  try {
    await run(userFor(role))
    return { ok: true, detail: 'resolved' }
  } catch (error) {
    return {
      ok: false,
      status: (error as { status?: number }).status,
      detail: String((error as Error).message),
    }
  }
}

const attempt = async (
  path: Path,
  role: Role,
  collection: Content,
  operation: Operation,
  id?: string,
): Promise<Attempt> => {
  const name = GRAPHQL_NAMES[collection]
  const spec = OPERATIONS[operation]
  if (operation === 'create a draft' || operation === 'create it published') {
    const data = {
      ...(await newDocumentData(collection)),
      ...(operation === 'create it published' ? { _status: 'published' } : {}),
    }
    if (path === 'REST') return viaRest(role, 'POST', `/${collection}`, data)
    if (path === 'GraphQL') {
      return viaGraphQL(
        role,
        `mutation ($data: ${inputTypes.get(`create${name}`)}!) { create${name}(data: $data) { id } }`,
        {
          data: toGraphQLInput(data),
        },
      )
    }
    return viaLocal(role, (user) =>
      payload.create({ collection, data: data as never, overrideAccess: false, user }),
    )
  }
  if (operation === 'delete') {
    if (path === 'REST') return viaRest(role, 'DELETE', `/${collection}/${id}`)
    if (path === 'GraphQL')
      return viaGraphQL(role, `mutation ($id: String!) { delete${name}(id: $id) { id } }`, { id })
    return viaLocal(role, (user) => payload.delete({ collection, id: id!, overrideAccess: false, user }))
  }
  if (path === 'REST') return viaRest(role, 'PATCH', `/${collection}/${id}`, spec.data)
  if (path === 'GraphQL') {
    return viaGraphQL(
      role,
      `mutation ($id: String!, $data: ${inputTypes.get(`update${name}`)}!) { update${name}(id: $id, data: $data) { id } }`,
      {
        id,
        data: toGraphQLInput({ ...(await requiredGroupsOf(collection, id!)), ...spec.data }),
      },
    )
  }
  return viaLocal(role, (user) =>
    payload.update({ collection, id: id!, data: spec.data as never, overrideAccess: false, user }),
  )
}

const stateOf = async (collection: CollectionSlug, id: string) => {
  const latest = (
    await payload.find({ collection, where: { id: { equals: id } }, draft: true, depth: 0, limit: 1 })
  ).docs[0] as { stage?: string } | undefined
  return latest?.stage ?? 'deleted'
}

describe('authorization matrix: role × collection × operation × path', () => {
  beforeAll(async () => {
    payload = await startTestPayload('matrix')
    session = await staffSession(payload)
    make = makeFixtures(payload)
    const { body } = await session.api.graphql({
      query: '{ __type(name: "Mutation") { fields { name args { name type { ofType { name } } } } } }',
      token: session.tokens.admin,
    })
    const fields = (
      body.data as {
        __type: {
          fields: { name: string; args: { name: string; type: { ofType: { name: string } | null } }[] }[]
        }
      }
    ).__type.fields
    for (const field of fields) {
      const data = field.args.find((arg) => arg.name === 'data')
      if (data?.type.ofType) inputTypes.set(field.name, data.type.ofType.name)
    }
  })
  afterAll(() => stopTestPayload(payload))

  for (const operation of Object.keys(EXPECTED) as Operation[]) {
    describe(operation, () => {
      for (const role of ROLES) {
        const expected = EXPECTED[operation][role]
        it(`${role}: ${expected} on ${COLLECTIONS.length} collections × ${PATHS.join(', ')}`, async () => {
          for (const collection of COLLECTIONS) {
            for (const path of PATHS) {
              const spec = OPERATIONS[operation]
              const doc = spec.startStage ? await documentIn(collection, spec.startStage) : undefined
              const id = doc ? String(doc.id) : undefined
              const before = id ? await stateOf(collection, id) : undefined
              const result = await attempt(path, role, collection, operation, id)
              const where = `${operation} by ${role} on ${collection} via ${path}: ${result.detail}`

              expect(result.malformed, where).toBeFalsy()
              expect(result.ok ? 'allowed' : 'refused', where).toBe(expected)
              if (!result.ok && path !== 'GraphQL') expect([401, 403], where).toContain(result.status)
              if (!id) continue
              const after = await stateOf(collection, id)
              if (expected === 'refused') expect(after, where).toBe(before)
              else expect(after, where).toBe(operation === 'delete' ? 'deleted' : spec.expectStage)
            }
          }
        })
      }
    })
  }
})
