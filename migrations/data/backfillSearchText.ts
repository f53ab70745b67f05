import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { searchTextOf } from '../../lib/search/normalise'

type Row = { id: string; name: string }

/**
 * Documents saved before search existed have no search text; new saves compute it in a field hook.
 * Careers are found by title, skills by name (neither had other names before this migration).
 */
export const backfillSearchText = async (db: MigrateUpArgs['db']) => {
  for (const { table, column } of [
    { table: 'careers', column: 'title' },
    { table: 'skills', column: 'name' },
  ]) {
    const { rows } = await db.run(sql.raw(`SELECT id, ${column} AS name FROM ${table}`))
    for (const row of rows as unknown as Row[]) {
      await db.run(sql`UPDATE ${sql.identifier(table)} SET search_text = ${searchTextOf([row.name])} WHERE id = ${row.id}`)
    }
  }
}
