import { buildSchema, parse, validate } from 'graphql'
import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { bodyShapeProblem } from '../../lib/assessment/submit/bodyShape'
import { documentShape } from '../../plugins/request-limits/graphql/documentShape'
import { listCostRule } from '../../plugins/request-limits/graphql/listCostRule'
import { requestProblem } from '../../plugins/request-limits/graphql/requestProblem'
import { textNesting } from '../../plugins/request-limits/graphql/textNesting'
import { queryProblem } from '../../plugins/request-limits/rest/queryProblem'
import { whereProblem } from '../../plugins/request-limits/rest/whereProblem'
import { valueShape } from '../../plugins/request-limits/valueShape'

const FIELDS: Record<string, FlattenedField> = {
  createdAt: { name: 'createdAt', type: 'date' } as FlattenedField,
  slug: { name: 'slug', type: 'text' } as FlattenedField,
  skills: { name: 'skills', type: 'relationship', relationTo: 'skills', hasMany: true } as FlattenedField,
}
const fieldAt = (path: string) => FIELDS[path]

const deeplyNested = (levels: number) => {
  let value: unknown = 1
  for (let i = 0; i < levels; i++) value = [value]
  return value
}

describe('whereProblem', () => {
  it('accepts the filters the admin and the site send', () => {
    const where = {
      and: [
        { slug: { like: 'data' } },
        { or: [{ createdAt: { greater_than: '2026-01-31' } }, { skills: { all: 'a,b' } }] },
      ],
    }
    expect(whereProblem({ where, fieldAt })).toBeNull()
  })

  it.each([
    [{ slug: { equals: { a: '1' } } }, 'where[slug][equals] takes one plain value.'],
    [{ createdAt: { less_than: 'soon' } }, 'where[createdAt][less_than] must be a date, such as 2026-01-31.'],
    [{ slug: { all: 'x' } }, 'where[slug][all] works only on a field that holds several values.'],
    [{ slug: { near: '1,2' } }, 'where[slug][near] works only on map points.'],
    [{ slug: { exists: 'maybe' } }, 'where[slug][exists] is true or false.'],
    [{ slug: 'x' }, 'where[slug] needs an operator: where[slug][equals]=value.'],
    [{ or: 'x' }, 'where[or] lists filters: where[or][0][field][operator]=value.'],
  ])('refuses %j in words', (where, message) => {
    expect(whereProblem({ where, fieldAt })).toBe(message)
  })

  it('counts list values whether comma-separated or indexed past the parser’s array limit', () => {
    const values = Array.from({ length: 1_001 }, (_, i) => `v${i}`)
    const indexed = Object.fromEntries(values.map((value, i) => [String(i), value]))
    const message = 'where[slug][in] lists 1001 values; at most 1000 are allowed.'
    expect(whereProblem({ where: { slug: { in: values.join(',') } }, fieldAt })).toBe(message)
    expect(whereProblem({ where: { slug: { in: indexed } }, fieldAt })).toBe(message)
    expect(whereProblem({ where: { slug: { in: values.slice(1).join(',') } }, fieldAt })).toBeNull()
  })

  it('walks and/or nested 100,000 deep without exhausting the stack', () => {
    let where: Record<string, unknown> = { slug: { equals: 'x' } }
    for (let i = 0; i < 100_000; i++) where = { and: [where] }
    expect(whereProblem({ where, fieldAt })).toBeNull()
  })
})

describe('queryProblem', () => {
  it('allows what the limits allow, to the edge', () => {
    expect(
      queryProblem({ query: { depth: '2', limit: '100', page: '100000' }, reads: true, fieldAt }),
    ).toBeNull()
  })

  it.each([
    [{ depth: '3' }, 'depth is a whole number from 0 to 2.'],
    [{ limit: '101' }, 'limit is a whole number from 1 to 100.'],
    [{ limit: '1.5' }, 'limit is a whole number from 1 to 100.'],
    [{ page: '0' }, 'page is a whole number from 1 to 100000.'],
  ])('refuses %j', (query, message) => {
    expect(queryProblem({ query, reads: true, fieldAt })).toBe(message)
  })

  it('leaves paging to reads: a bulk delete by where may say limit=0', () => {
    expect(queryProblem({ query: { limit: '0', pagination: 'false' }, reads: false, fieldAt })).toBeNull()
  })
})

describe('textNesting', () => {
  it('counts brackets but not those in strings, block strings or comments', () => {
    expect(textNesting('{ a(where: { b: [1] }) { c } }')).toBe(4)
    expect(textNesting('{ a(b: "{{{{", c: """ [[[[ """) # ((((\n }')).toBe(2)
  })
})

describe('documentShape', () => {
  it('names a fragment cycle instead of following it', () => {
    expect(
      documentShape(parse('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }')),
    ).toEqual({
      cycle: 'A',
    })
  })

  it('measures a fragment chain that doubles sixty times without expanding it', () => {
    const chain = Array.from({ length: 60 }, (_, i) =>
      i === 59 ? `fragment F${i} on Query { a }` : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join(' ')
    const shape = documentShape(parse(`{ ...F0 } ${chain}`))
    expect(shape).toEqual({ fields: 2 ** 59, depth: 1 })
  })
})

describe('valueShape', () => {
  it('measures a value nested 100,000 deep and finds a prototype key by its path', () => {
    expect(valueShape(deeplyNested(100_000)).nesting).toBe(100_000)
    expect(valueShape({ a: [{ b: 1 }, { __proto__: null, constructor: 1 }] }).forbiddenKey).toBe(
      'a.1.constructor',
    )
  })
})

describe('requestProblem', () => {
  it('refuses what cannot be a GraphQL request in words', () => {
    expect(requestProblem('{')).toBe('The body is not valid JSON.')
    expect(requestProblem('{"query": 1}')).toBe(
      'Send {"query": "…", "variables": {…}} with the query as a string.',
    )
    expect(requestProblem('{"query": "{ a }", "variables": []}')).toBe('variables must be a JSON object.')
    expect(requestProblem(JSON.stringify({ query: `{ ${'a '.repeat(6_000)}}` }))).toContain(
      '5000 tokens. Parsing aborted.',
    )
    expect(requestProblem(JSON.stringify({ query: '{ a }' }))).toBeNull()
  })
})

describe('listCostRule', () => {
  const schema = buildSchema(`
    type Query { Careers(limit: Int): Careers }
    type Careers { docs: [Career] totalDocs: Int }
    type Career { title: String related: [Career] }
  `)
  const errors = (query: string, variables = {}) =>
    validate(schema, parse(query), [listCostRule(variables)]).map((error) => error.message)

  it('multiplies each list by its page size or the assumed list length', () => {
    // Careers (1) + docs: 100 entries × (docs 1 + related: 10 × (related 1 + related: 10 × (1 + …)))
    expect(errors('{ Careers(limit: 100) { docs { title related { title } } } }')).toEqual([])
    expect(errors('{ Careers(limit: 100) { docs { related { related { related { title } } } } } }')).toEqual([
      'The answer would hold about 211101 fields; at most 50000 are allowed. ' +
        'Ask for a smaller page (limit), fewer nested lists, or fewer fields.',
    ])
  })

  it('reads the page size from the variables', () => {
    const query =
      'query($n: Int) { Careers(limit: $n) { docs { related { related { related { title } } } } } }'
    expect(errors(query, { n: 10 })).toEqual([])
    expect(errors(query, { n: 100 })).toHaveLength(1)
  })
})

describe('bodyShapeProblem (assessment submit)', () => {
  it('refuses a body nested 8,150 deep by naming where it went too deep', () => {
    expect(bodyShapeProblem({ answers: deeplyNested(8_150) })).toEqual({
      status: 400,
      body: { error: 'The body nests deeper than 4 levels.', field: 'answers.0.0.0' },
    })
  })

  it('accepts a rubric answer with evidence and refuses a prototype key', () => {
    expect(bodyShapeProblem({ answers: { r1: { level: 2, evidence: 'x' } }, idempotencyKey: 'k' })).toBeNull()
    expect(bodyShapeProblem(JSON.parse('{"answers": {"__proto__": 1}}'))?.body.field).toBe(
      'answers.__proto__',
    )
  })
})
