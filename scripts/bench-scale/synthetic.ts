/*
 * The synthetic catalogue: about 100,000 career × skill evidence pages, published and ready, each a
 * copy of one of the demo's pages moved onto another career and skill. Payload has no bulk create and
 * the Local API writes a few pages a second with all its hooks, so this benchmark builds the rows with
 * SQL instead, on the SQLite adapter's connection and inside one transaction: the new pages' ids,
 * careers, skills and titles go into a temporary table, and one INSERT … SELECT per table copies the
 * demo pages' rows onto them — the `career_skills` row, its array and relationship rows, and the version
 * rows Payload keeps for a drafts-enabled collection (`_career_skills_v` with `latest` set, and its own
 * arrays and relationships). Columns are listed from the tables themselves, so a field added later is
 * copied too. `checkReadBack` then proves the app reads these pages exactly as it reads the demo's.
 */
import crypto from 'node:crypto'

import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { RATING_KEYS } from '../../lib/evidence/model'

type Db = {
  run: (query: ReturnType<typeof sql> | string) => Promise<unknown>
  all: <T>(query: ReturnType<typeof sql> | string) => Promise<T[]>
}
type Adapter = { drizzle: Db & { transaction: <T>(work: (tx: Db) => Promise<T>) => Promise<T> } }

type Named = { id: string; name: string }

/** New pages per statement filling the temporary table (8 values each, far below SQLite's bound). */
const BATCH = 1000

const PAGES = 'bench_synthetic_pages'

/**
 * `count` distinct (career, skill) pairs: each career gets the same number of pages, on a run of
 * consecutive skills that starts further along for each career, so every skill gets about as many.
 */
export const syntheticPairs = ({
  careers,
  skills,
  count,
  taken,
}: {
  careers: Named[]
  skills: Named[]
  count: number
  taken: Set<string>
}): { career: Named; skill: Named }[] => {
  const perCareer = Math.min(skills.length - 1, Math.ceil(count / careers.length))
  const step = Math.max(1, Math.floor(skills.length / careers.length))
  const pairs: { career: Named; skill: Named }[] = []
  for (let turn = 0; turn < perCareer && pairs.length < count; turn += 1) {
    for (const [index, career] of careers.entries()) {
      const skill = skills[(index * step + turn) % skills.length]!
      if (taken.has(`${career.id}:${skill.id}`)) continue
      pairs.push({ career, skill })
      if (pairs.length === count) break
    }
  }
  return pairs
}

/** A random UUID, or a 24-digit hex id as Payload gives array items, made by SQLite per row. */
const SQL_UUID =
  "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || " +
  "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
const SQL_OBJECT_ID = 'lower(hex(randomblob(12)))'

/** A field name as the SQLite adapter names its column. */
const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * Copies the template rows of `table` onto the new pages: `own` gives the SQL for the columns that
 * differ (by column name, `p.` being the new page and `t.` the template row); the rest are copied.
 */
const copyRows = async ({
  tx,
  table,
  join,
  also = '',
  own,
}: {
  tx: Db
  table: string
  join: string
  /** A further join, for columns taken from rows written before. */
  also?: string
  own: Record<string, string>
}) => {
  const columns = (await tx.all<{ name: string }>(`PRAGMA table_info(${quote(table)})`))
    .map(({ name }) => name)
    .filter((name) => name !== 'id' || 'id' in own)
  const values = columns.map((name) => own[name] ?? `t.${quote(name)}`)
  await tx.run(
    `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) SELECT ${values.join(', ')} FROM ${PAGES} p JOIN ${quote(table)} t ON ${join} ${also}`,
  )
}

const publishedNamed = async (payload: Payload, collection: 'careers' | 'skills'): Promise<Named[]> => {
  const { docs } = await payload.find({
    collection,
    where: { _status: { equals: 'published' } },
    select: collection === 'careers' ? { title: true } : { name: true },
    sort: 'id',
    depth: 0,
    pagination: false,
  })
  return (docs as unknown as { id: string; title?: string; name?: string }[]).map((doc) => ({
    id: String(doc.id),
    name: doc.title ?? doc.name ?? '',
  }))
}

type Template = { id: string; version: string; career: string; skill: string }

/** Writes `count` synthetic evidence pages; returns a few of them, each with the demo page it copies. */
export const buildSyntheticPages = async ({
  payload,
  count,
  log,
}: {
  payload: Payload
  count: number
  log: (line: string) => void
}): Promise<{ written: number; samples: { synthetic: string; template: string }[] }> => {
  const [careers, skills] = await Promise.all([
    publishedNamed(payload, 'careers'),
    publishedNamed(payload, 'skills'),
  ])
  const { drizzle } = payload.db as unknown as Adapter
  return drizzle.transaction(async (tx) => {
    // A rating that rests on an O*NET fact holds only for its own occupation and technology: pages with
    // one would not be ready on another career and skill, so they are not copied.
    const restsOnNoFact = RATING_KEYS.map((key) => `c.${snakeCase(key)}_basis IS NOT 'dataset'`).join(' AND ')
    const templates = await tx.all<Template>(
      `SELECT c.id AS id, v.id AS version, c.career_id AS career, c.skill_id AS skill FROM career_skills c
       JOIN _career_skills_v v ON v.parent_id = c.id AND v.latest = 1
       WHERE c._status = 'published' AND ${restsOnNoFact} ORDER BY c.id`,
    )
    if (templates.length === 0) throw new Error('The catalogue has no published evidence page to copy.')
    const taken = new Set(templates.map((template) => `${template.career}:${template.skill}`))
    const pairs = syntheticPairs({ careers, skills, count, taken })
    const at = new Date().toISOString()

    await tx.run(
      `CREATE TEMP TABLE ${PAGES} (id TEXT PRIMARY KEY, version_id TEXT, career_id TEXT, skill_id TEXT, title TEXT, template_id TEXT, template_version_id TEXT, at TEXT)`,
    )
    const pages = pairs.map(({ career, skill }, index) => {
      const template = templates[index % templates.length]!
      return {
        id: crypto.randomUUID(),
        row: [
          crypto.randomUUID(),
          career.id,
          skill.id,
          `${skill.name} for ${career.name}`,
          template.id,
          template.version,
          at,
        ],
        template: template.id,
      }
    })
    for (let start = 0; start < pages.length; start += BATCH) {
      const rows = pages.slice(start, start + BATCH).map(
        ({ id, row }) =>
          sql`(${sql.join(
            [id, ...row].map((value) => sql`${value}`),
            sql`, `,
          )})`,
      )
      await tx.run(sql`INSERT INTO ${sql.raw(PAGES)} VALUES ${sql.join(rows, sql`, `)}`)
    }
    log(`  synthetic pages: ${pages.length} named; copying rows…`)

    const pageColumns = {
      id: 'p.id',
      title: 'p.title',
      career_id: 'p.career_id',
      skill_id: 'p.skill_id',
      created_at: 'p.at',
      updated_at: 'p.at',
    }
    await copyRows({ tx, table: 'career_skills', join: 't.id = p.template_id', own: pageColumns })
    await copyRows({
      tx,
      table: '_career_skills_v',
      join: 't.id = p.template_version_id',
      own: {
        id: 'p.version_id',
        parent_id: 'p.id',
        version_title: 'p.title',
        version_career_id: 'p.career_id',
        version_skill_id: 'p.skill_id',
        version_created_at: 'p.at',
        version_updated_at: 'p.at',
        created_at: 'p.at',
        updated_at: 'p.at',
      },
    })
    for (const array of ['screening', 'adjacent_questions']) {
      await copyRows({
        tx,
        table: `career_skills_${array}`,
        join: 't._parent_id = p.template_id',
        own: { id: SQL_OBJECT_ID, _parent_id: 'p.id' },
      })
      // A version's array rows name the live item they copy in `_uuid`, as Payload writes them.
      await copyRows({
        tx,
        table: `_career_skills_v_version_${array}`,
        join: 't._parent_id = p.template_version_id',
        also: `JOIN career_skills_${array} m ON m._parent_id = p.id AND m._order = t._order`,
        own: { id: SQL_UUID, _parent_id: 'p.version_id', _uuid: 'm.id' },
      })
    }
    await copyRows({
      tx,
      table: 'career_skills_rels',
      join: 't.parent_id = p.template_id',
      own: { parent_id: 'p.id' },
    })
    await copyRows({
      tx,
      table: '_career_skills_v_rels',
      join: 't.parent_id = p.template_version_id',
      own: { parent_id: 'p.version_id' },
    })
    await tx.run(`DROP TABLE ${PAGES}`)
    return {
      written: pages.length,
      samples: pages.slice(0, templates.length).map(({ id, template }) => ({ synthetic: id, template })),
    }
  })
}
