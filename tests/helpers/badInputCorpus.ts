/**
 * Bad input for every public endpoint: malformed, oversized, deeply nested, cyclic, of the wrong type,
 * or asking for far more than one request may. The integration and end-to-end reliability suites send
 * every case and require that none answers 5xx and that nothing is written.
 */
export type CorpusCase = {
  name: string
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** Path with its query string, e.g. `/api/careers?depth=10`. */
  path: string
  headers?: Record<string, string>
  body?: string
  /** Sent with the editor's login; anonymous otherwise. */
  asEditor?: boolean
  /**
   * `refusal`: must be a 4xx (these reached a 5xx, or stalled the server, before the request limits).
   * Unset: any answer below 500 will do (some junk is harmless and Payload ignores it).
   */
  expect?: 'refusal'
  /** A 5xx this suite knows of and leaves to the fix named here; it is reported, not hidden. */
}

export type CorpusTargets = {
  /** A published assessment's slug. */
  assessment: string
  /** The id of one stored document per content collection, for reads and updates by id. */
  ids: Record<(typeof CONTENT)[number], string>
}

export const CONTENT = ['careers', 'skills', 'career-skills', 'findings', 'sources', 'faqs'] as const
const PUBLIC_COLLECTIONS = [...CONTENT, 'assessments', 'users', 'assessment-responses', 'audit-log']

const JSON_HEADERS = { 'Content-Type': 'application/json' }
const FORM_HEADERS = { 'Content-Type': 'application/x-www-form-urlencoded' }
const READ_BY_POST = { ...FORM_HEADERS, 'X-Payload-HTTP-Method-Override': 'GET' }

const manyValues = (count: number) => Array.from({ length: count }, (_, i) => `v${i}`)
const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`
const deepArray = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`

/** JSON bodies no write endpoint should accept. Each stays under the 16 KB the submit endpoint reads. */
const JUNK_JSON: Record<string, string> = {
  'truncated JSON': '{"title": ',
  'not JSON': 'title=x',
  'JSON null': 'null',
  'JSON array': '[1, 2, 3]',
  'JSON string': '"x"',
  'objects nested 2,600 deep': deepObject(2_600),
  'arrays nested 8,150 deep': deepArray(8_150),
  'an object holding arrays nested 5,000 deep': `{"title":${deepArray(5_000)}}`,
  'a __proto__ key': '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}',
}

/** Query strings a REST read should refuse, or at least not fail on. */
const JUNK_QUERIES: { query: string; expect?: 'refusal' }[] = [
  { query: 'depth=10&limit=100', expect: 'refusal' },
  { query: 'depth=-1', expect: 'refusal' },
  { query: 'depth=abc', expect: 'refusal' },
  { query: 'limit=0', expect: 'refusal' },
  { query: 'limit=-5', expect: 'refusal' },
  { query: 'limit=100000', expect: 'refusal' },
  { query: 'limit=100.5', expect: 'refusal' },
  { query: 'page=0', expect: 'refusal' },
  { query: 'page=99999999999999999999', expect: 'refusal' },
  { query: 'pagination=false', expect: 'refusal' },
  { query: 'where=%5B', expect: 'refusal' },
  { query: 'where[id][equals][a][b]=1', expect: 'refusal' },
  { query: 'where[id][equals][]=1', expect: 'refusal' },
  { query: 'where[createdAt][greater_than]=not-a-date', expect: 'refusal' },
  { query: 'where[updatedAt][equals]=x', expect: 'refusal' },
  { query: 'where[id][near]=1,2', expect: 'refusal' },
  { query: 'where[id][all]=x', expect: 'refusal' },
  { query: 'where[id][exists]=maybe', expect: 'refusal' },
  { query: 'where[and]=x', expect: 'refusal' },
  { query: 'where[or][0]=x', expect: 'refusal' },
  { query: 'where[id][bogus]=1', expect: 'refusal' },
  { query: `where[id][in]=${manyValues(1_500).join(',')}`, expect: 'refusal' },
  { query: 'where[nope][equals]=1' },
  { query: 'where[id][like]=%25%25%25' },
  { query: 'sort=__proto__' },
  { query: 'select[nope]=true' },
  { query: 'populate[nope]=true' },
  { query: 'locale=xx&draft=true&trash=true' },
]

const JUNK_IDS = ['x', '%00', '..%2F..%2Fetc', '-1', '1e309', 'null', '__proto__', 'a'.repeat(4_000)]

const restReads = ({ ids }: CorpusTargets): CorpusCase[] => [
  ...PUBLIC_COLLECTIONS.flatMap((collection) =>
    JUNK_QUERIES.map(({ query, expect }) => ({
      name: `GET /api/${collection}?${query.slice(0, 60)}`,
      method: 'GET' as const,
      path: `/api/${collection}?${query}`,
      expect,
    })),
  ),
  ...CONTENT.flatMap((collection) => [
    ...JUNK_IDS.map((id) => ({
      name: `GET /api/${collection}/${id.slice(0, 20)}`,
      method: 'GET' as const,
      path: `/api/${collection}/${id}`,
    })),
    {
      name: `GET /api/${collection}/<id>?depth=10`,
      method: 'GET' as const,
      path: `/api/${collection}/${ids[collection]}?depth=10`,
      expect: 'refusal' as const,
    },
    {
      name: `GET /api/${collection}/count with a 40,000-value where`,
      method: 'POST' as const,
      path: `/api/${collection}/count`,
      headers: READ_BY_POST,
      body: `where[id][in]=${manyValues(40_000).join(',')}`,
    },
    {
      name: `read ${collection} by POST with 40,000 values in a where`,
      method: 'POST' as const,
      path: `/api/${collection}`,
      headers: READ_BY_POST,
      body: `where[id][in]=${manyValues(40_000).join(',')}`,
      expect: 'refusal' as const,
    },
    {
      name: `read ${collection} by POST with 40,000 indexed values in a where`,
      method: 'POST' as const,
      path: `/api/${collection}`,
      headers: READ_BY_POST,
      body: manyValues(40_000)
        .map((value, i) => `where[id][in][${i}]=${value}`)
        .join('&'),
    },
    {
      name: `GET /api/${collection}/versions?limit=0`,
      method: 'GET' as const,
      path: `/api/${collection}/versions?limit=0`,
    },
  ]),
]

/** Field values of the wrong type for every content collection's fields. */
const WRONG_TYPES = JSON.stringify({
  title: { $gt: '' },
  name: ['x'],
  slug: 42,
  summary: { nested: { deeper: true } },
  kind: 'bogus',
  demandProfile: 'bogus',
  relatedCareers: manyValues(2_000),
  adjacentSkills: 'not-a-list',
  skillClusters: 'x',
  year: 'nineteen',
  source: { id: 'x' },
  createdAt: 'not-a-date',
  id: '../../etc',
  _status: 'published',
  stage: 'approved',
})

const restWrites = ({ ids }: CorpusTargets): CorpusCase[] =>
  CONTENT.flatMap((collection) => {
    const bodies = { ...JUNK_JSON, 'fields of the wrong type': WRONG_TYPES }
    return Object.entries(bodies).flatMap(([label, body]) => [
      {
        name: `anonymous create ${collection}: ${label}`,
        method: 'POST' as const,
        path: `/api/${collection}`,
        headers: JSON_HEADERS,
        body,
      },
      {
        name: `editor create ${collection}: ${label}`,
        method: 'POST' as const,
        path: `/api/${collection}`,
        headers: JSON_HEADERS,
        body,
        asEditor: true,
      },
      {
        name: `editor update ${collection}: ${label}`,
        method: 'PATCH' as const,
        path: `/api/${collection}/${ids[collection]}`,
        headers: JSON_HEADERS,
        body,
        asEditor: true,
      },
      {
        name: `editor bulk update ${collection} with 2,000 ids: ${label}`,
        method: 'PATCH' as const,
        path: `/api/${collection}?where[id][in]=${manyValues(2_000).join(',')}`,
        headers: JSON_HEADERS,
        body,
        asEditor: true,
        expect: 'refusal' as const,
      },
      {
        name: `anonymous delete ${collection} by a junk where: ${label}`,
        method: 'DELETE' as const,
        path: `/api/${collection}?where[createdAt][less_than]=not-a-date`,
        headers: JSON_HEADERS,
        body,
        expect: 'refusal' as const,
      },
    ])
  })

const nested = (field: string, leaf: string, levels: number) =>
  Array.from({ length: levels }).reduce<string>((inner) => `${field} { ${leaf} ${inner} }`, leaf)

/** GraphQL queries that reached a 5xx, or took seconds, before the request limits. */
const GRAPHQL_QUERIES: Record<string, { query: unknown; variables?: unknown }> = {
  'a syntax error': { query: '{ Careers { docs { title ' },
  'a fragment that spreads itself': { query: '{ ...A } fragment A on Query { ...A }' },
  'two fragments that spread each other': {
    query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
  },
  'a fragment cycle through relationships': {
    query: '{ Careers { docs { ...C } } } fragment C on Career { relatedCareers { ...C } }',
  },
  'an exponential fragment chain': {
    query: `{ ...F0 } ${Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ${i === 39 ? 'Careers { totalDocs }' : `...F${i + 1} ...F${i + 1}`} }`).join(' ')}`,
  },
  'an unknown fragment': { query: '{ ...Missing }' },
  'braces 5,000 deep': { query: `${'{'.repeat(5_000)}${'}'.repeat(5_000)}` },
  'a where nested 3,000 deep': {
    query: `{ Careers(where: ${'{ and: ['.repeat(3_000)}{}${'] }'.repeat(3_000)}) { docs { title } } }`,
  },
  'a query of 60,000 tokens': { query: `{ Careers { docs { ${'title '.repeat(60_000)} } } }` },
  'eight nested relationship lists': {
    query: `{ Careers(limit: 100) { docs { ${nested('relatedCareers', 'title', 8)} } } }`,
  },
  'five nested adjacent-skill lists': {
    query: `{ Skills(limit: 100) { docs { ${nested('adjacentSkills', 'name', 5)} } } }`,
  },
  'limit 0': { query: '{ Careers(limit: 0) { docs { title } } }' },
  'a negative limit': { query: '{ Careers(limit: -5) { docs { title } } }' },
  'a limit of 100,000 in a variable': {
    query: 'query($l: Int) { Careers(limit: $l) { docs { title } } }',
    variables: { l: 100_000 },
  },
  'pagination: false': { query: '{ Careers(pagination: false) { docs { title } } }' },
  'an in-list of 40,000 literals': {
    query: `{ Careers(where: { slug: { in: [${manyValues(40_000)
      .map((value) => `"${value}"`)
      .join(',')}] } }) { docs { title } } }`,
  },
  'an in-list of 40,000 values in a variable': {
    query: 'query($v: [String]) { Careers(where: { slug: { in: $v } }) { docs { title } } }',
    variables: { v: manyValues(40_000) },
  },
  'a subscription': { query: 'subscription { x }' },
  'a query that is not a string': { query: 123 },
  'variables that are not an object': { query: '{ Careers { totalDocs } }', variables: 'x' },
  'an anonymous mutation': {
    query: 'mutation { createCareer(data: { title: "x", summary: "y", demandProfile: balanced }) { id } }',
  },
}

const graphql = (): CorpusCase[] => [
  ...Object.entries(GRAPHQL_QUERIES).map(([label, body]) => ({
    name: `GraphQL: ${label}`,
    method: 'POST' as const,
    path: '/api/graphql',
    headers: JSON_HEADERS,
    body: JSON.stringify(body),
    expect: label === 'an anonymous mutation' ? undefined : ('refusal' as const),
  })),
  {
    name: 'GraphQL: variables nested 5,000 deep',
    method: 'POST',
    path: '/api/graphql',
    headers: JSON_HEADERS,
    body: `{"query": "query($w: Career_where) { Careers(where: $w) { totalDocs } }", "variables": {"w": ${deepObject(5_000)}}}`,
    expect: 'refusal',
  },
  ...Object.entries(JUNK_JSON).map(([label, body]) => ({
    name: `GraphQL body: ${label}`,
    method: 'POST' as const,
    path: '/api/graphql',
    headers: JSON_HEADERS,
    body,
    expect: 'refusal' as const,
  })),
  {
    name: 'GraphQL: a body of 200 KB',
    method: 'POST',
    path: '/api/graphql',
    headers: JSON_HEADERS,
    body: JSON.stringify({ query: `# ${'x'.repeat(200_000)}\n{ Careers { totalDocs } }` }),
    expect: 'refusal',
  },
  {
    name: 'GraphQL: editor mutation with fields of the wrong type',
    method: 'POST',
    path: '/api/graphql',
    headers: JSON_HEADERS,
    body: JSON.stringify({ query: 'mutation { createCareer(data: { title: 1 }) { id } }' }),
    asEditor: true,
    expect: 'refusal',
  },
]

const submit = ({ assessment }: CorpusTargets): CorpusCase[] => [
  ...Object.entries({
    ...JUNK_JSON,
    'arrays nested 8,000 deep in the answers': `{"answers":${deepArray(8_000)},"idempotencyKey":"x"}`,
    'answers nested 5,000 deep': `{"answers":{"r1":${deepArray(5_000)}},"idempotencyKey":"x"}`,
    'answers of the wrong type': '{"answers": {"r1": "a lot", "i1": {"level": []}}, "idempotencyKey": 1}',
    'an empty object': '{}',
    'a body of 20 KB': JSON.stringify({ answers: {}, note: 'x'.repeat(20_000) }),
  }).map(([label, body]) => ({
    name: `submit JSON: ${label}`,
    method: 'POST' as const,
    path: `/api/assessments/${assessment}/submit`,
    headers: JSON_HEADERS,
    body,
    expect: 'refusal' as const,
  })),
  {
    name: 'submit JSON to an unknown assessment',
    method: 'POST',
    path: `/api/assessments/${'x'.repeat(300)}/submit`,
    headers: JSON_HEADERS,
    body: '{}',
    expect: 'refusal',
  },
  {
    name: 'submit JSON as plain text',
    method: 'POST',
    path: `/api/assessments/${assessment}/submit`,
    headers: { 'Content-Type': 'text/plain' },
    body: '{}',
    expect: 'refusal',
  },
]

/**
 * Junk the take page's plain form may post (its server function turns the fields into a submission):
 * each must come back refused in words, with nothing written.
 */
export const JUNK_FORMS: Record<string, string> = {
  'an empty form': '',
  'answers out of range and of the wrong type': 'answer.r1=99&answer.i1=lots&idempotencyKey=x',
  'a __proto__ answer': 'answer.__proto__=1&answer.constructor=2',
  'a name nested 3,000 levels': `answer${'.a'.repeat(3_000)}=1`,
  'a form of 20 KB': `answer.r1=${'1'.repeat(20_000)}`,
}

const JUNK_LOGINS: Record<string, string> = {
  ...JUNK_JSON,
  'an e-mail that is an object': '{"email": {"$ne": ""}, "password": "x"}',
  'a password that is a list': '{"email": "nobody@example.org", "password": ["x"]}',
  'an e-mail of 100,000 characters': JSON.stringify({
    email: `${'a'.repeat(100_000)}@example.org`,
    password: 'x',
  }),
  'an empty object': '{}',
}

const auth = (): CorpusCase[] => [
  ...Object.entries(JUNK_LOGINS).flatMap(([label, body]) => [
    {
      name: `login: ${label}`,
      method: 'POST' as const,
      path: '/api/users/login',
      headers: JSON_HEADERS,
      body,
    },
    {
      name: `forgot-password: ${label}`,
      method: 'POST' as const,
      path: '/api/users/forgot-password',
      headers: JSON_HEADERS,
      body,
    },
    {
      name: `reset-password: ${label}`,
      method: 'POST' as const,
      path: '/api/users/reset-password',
      headers: JSON_HEADERS,
      body,
    },
    {
      name: `create a user: ${label}`,
      method: 'POST' as const,
      path: '/api/users',
      headers: JSON_HEADERS,
      body,
    },
  ]),
  {
    name: 'verify an e-mail with a made-up token',
    method: 'POST',
    path: '/api/users/verify/x',
    expect: 'refusal',
  },
  {
    name: 'unlock a user anonymously',
    method: 'POST',
    path: '/api/users/unlock',
    headers: JSON_HEADERS,
    body: '{"email": []}',
  },
  { name: 'refresh a token anonymously', method: 'POST', path: '/api/users/refresh-token' },
  {
    name: 'register a first user again',
    method: 'POST',
    path: '/api/users/first-register',
    headers: JSON_HEADERS,
    body: '{"email":"a@b.c","password":"x"}',
  },
  { name: 'read a user by a junk id', method: 'GET', path: '/api/users/%00' },
  { name: 'a junk JWT', method: 'GET', path: '/api/users/me', headers: { Authorization: 'JWT not.a.token' } },
  {
    name: 'a junk login cookie',
    method: 'GET',
    path: '/api/careers',
    headers: { Cookie: 'payload-token=x.y.z' },
  },
]

/** Cases the integration tests can send through the route handlers. */
export const routeCorpus = (targets: CorpusTargets): CorpusCase[] => [
  ...restReads(targets),
  ...restWrites(targets),
  ...graphql(),
  ...submit(targets),
  ...auth(),
]

/** The preview routes need Next's request scope, so only the built app can answer them. */
export const previewCorpus = (): CorpusCase[] =>
  [
    '/preview',
    '/preview?collection=careers&id=x&token=y',
    '/preview?collection=careers&id=x&token=' + 'a'.repeat(43),
    '/preview?collection[]=x&id[]=y&token[]=z',
    '/preview?collection=%00&id=%00&token=%00',
    '/preview/exit',
    '/preview/exit?path=' + 'a'.repeat(10_000),
    '/preview/exit?path=%00',
    '/preview/exit?path[]=x',
  ].map((path) => ({ name: `GET ${path.slice(0, 60)}`, method: 'GET', path }))
