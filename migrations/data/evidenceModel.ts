import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { duplicateKeysOf } from '../../lib/evidence/sources'

type Db = MigrateUpArgs['db']
type Row = Record<string, unknown>

const RATING_COLUMNS = ['funnel_role', 'salary_uplift', 'learning_ramp', 'applicability']

/** Columns drizzle's table rebuild copies but the old tables lack; added first so the copy can run. */
export const addVerdictColumns = async (db: Db) => {
  const columns = [
    'verdict_importance',
    'verdict_rationale',
    'verdict_certainty_override_grade',
    'verdict_certainty_override_reason',
    ...RATING_COLUMNS.map((rating) => `${rating}_dataset_fact`),
  ]
  for (const column of columns) {
    await db.run(sql.raw(`ALTER TABLE career_skills ADD ${column} text`))
    await db.run(sql.raw(`ALTER TABLE _career_skills_v ADD version_${column} text`))
  }
}

/**
 * Existing content, carried into the evidence model: "analyst judgement" is now "editorial
 * judgement"; the findings a page cited become context until an editor marks which measure the skill
 * (headline cards show direct evidence only); a page gets the verdict its funnel role implies and a
 * career the demand basis it never stated, each saying it has not been reviewed as such; and every
 * source gets the keys duplicates are found by.
 */
export const carryContentIntoEvidenceModel = async (db: Db) => {
  for (const rating of RATING_COLUMNS) {
    await db.run(sql.raw(`UPDATE career_skills SET ${rating}_basis = 'editorial-judgement' WHERE ${rating}_basis = 'analyst-judgement'`))
    await db.run(
      sql.raw(
        `UPDATE _career_skills_v SET version_${rating}_basis = 'editorial-judgement' WHERE version_${rating}_basis = 'analyst-judgement'`,
      ),
    )
  }
  for (const { table, prefix } of [
    { table: 'career_skills_rels', prefix: '' },
    { table: '_career_skills_v_rels', prefix: 'version.' },
  ]) {
    // A finding both on a card and in the list becomes one context finding.
    await db.run(
      sql.raw(
        `DELETE FROM ${table} WHERE path = '${prefix}headlineFindings' AND EXISTS (SELECT 1 FROM ${table} AS other WHERE other.parent_id = ${table}.parent_id AND other.path = '${prefix}findings' AND other.findings_id = ${table}.findings_id)`,
      ),
    )
    await db.run(
      sql.raw(`UPDATE ${table} SET path = '${prefix}contextFindings' WHERE path IN ('${prefix}headlineFindings', '${prefix}findings')`),
    )
  }
  const verdict = `Set from the page's funnel-role rating when verdicts were introduced (a gatekeeper skill is essential); not yet reviewed as a verdict of its own.`
  for (const { table, prefix } of [
    { table: 'career_skills', prefix: '' },
    { table: '_career_skills_v', prefix: 'version_' },
  ]) {
    await db.run(sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(`${prefix}verdict_importance`)} = CASE ${sql.identifier(`${prefix}funnel_role_value`)} WHEN 'gatekeeper' THEN 'essential' ELSE 'important' END, ${sql.identifier(`${prefix}verdict_rationale`)} = ${verdict} WHERE ${sql.identifier(`${prefix}verdict_importance`)} IS NULL`)
  }
  const demand = 'Recorded before demand profiles named their basis; an editor’s judgement, not yet reviewed as such.'
  await db.run(sql`UPDATE careers SET demand_basis_rationale = ${demand} WHERE coalesce(origin, 'curated') = 'curated' AND demand_profile IS NOT NULL AND demand_basis_rationale IS NULL`)
  await db.run(sql`UPDATE _careers_v SET version_demand_basis_rationale = ${demand} WHERE coalesce(version_origin, 'curated') = 'curated' AND version_demand_profile IS NOT NULL AND version_demand_basis_rationale IS NULL`)

  const { rows } = await db.run(sql`SELECT id, doi, url, title, year FROM sources`)
  for (const source of rows as unknown as Row[]) {
    const keys = duplicateKeysOf({
      doi: source.doi as string | null,
      url: source.url as string | null,
      title: source.title as string | null,
      year: typeof source.year === 'number' ? source.year : Number(source.year) || null,
    })
    for (const [order, text] of keys.entries()) {
      await db.run(sql`INSERT INTO sources_texts ("order", parent_id, path, text) VALUES (${order + 1}, ${source.id as string}, 'duplicateKeys', ${text})`)
    }
  }
}
