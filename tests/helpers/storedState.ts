import { createClient } from '@libsql/client'

/**
 * Reads an app's SQLite file directly, beside the running server (WAL lets a reader in), to check what
 * no API shows: that the file is whole and that no write was stored in part.
 */
export const openStoredState = (databaseFile: string) => {
  const client = createClient({ url: `file:${databaseFile}` })
  const rows = async (sql: string, args: (string | number)[] = []) =>
    (await client.execute({ sql, args })).rows as unknown as Record<string, unknown>[]

  return {
    close: () => client.close(),

    /** `PRAGMA integrity_check`: "ok", or what is broken. */
    integrity: async () => (await rows('PRAGMA integrity_check')).map((row) => String(row.integrity_check)),

    /** Result ids of the given ones that are not stored. */
    missingResponses: async (resultIds: string[]) => {
      if (!resultIds.length) return []
      const stored = await rows(
        `SELECT result_id FROM assessment_responses WHERE result_id IN (${resultIds.map(() => '?').join(',')})`,
        resultIds,
      )
      const found = new Set(stored.map((row) => String(row.result_id)))
      return resultIds.filter((id) => !found.has(id))
    },

    /** Responses stored without their scores, percentiles or recommendations. */
    responsesMissingResults: async () =>
      rows(
        `SELECT result_id FROM assessment_responses
         WHERE scores IS NULL OR scores IN ('', '{}') OR percentiles IS NULL OR recommendations IS NULL`,
      ),

    /** Documents of a versioned collection whose versions do not have exactly one marked latest. */
    documentsWithoutOneLatestVersion: async (table: string) =>
      rows(
        `SELECT id, latest FROM (
           SELECT d.id AS id,
                  (SELECT count(*) FROM "_${table}_v" v WHERE v.parent_id = d.id AND v.latest = 1) AS latest
           FROM "${table}" d)
         WHERE latest != 1`,
      ),

    /** Summaries of every version of a document. */
    versionSummaries: async (table: string, id: string) =>
      (await rows(`SELECT version_summary FROM "_${table}_v" WHERE parent_id = ?`, [id])).map((row) =>
        String(row.version_summary),
      ),

    /**
     * Documents whose latest stage and audit log disagree: in review without an entry saying so, or with
     * an entry for a move to review that their versions do not show.
     */
    auditMismatches: async ({ table, ids }: { table: string; ids: string[] }) => {
      const mismatches: string[] = []
      for (const id of ids) {
        const [latest] = await rows(
          `SELECT version_stage FROM "_${table}_v" WHERE parent_id = ? AND latest = 1`,
          [id],
        )
        const entries = await rows(
          `SELECT "to" FROM audit_log WHERE document_id = ? ORDER BY created_at, rowid`,
          [id],
        )
        const lastMove = entries.at(-1)?.to ?? 'draft'
        if (String(latest?.version_stage ?? 'draft') !== String(lastMove)) {
          mismatches.push(`${id}: stage ${latest?.version_stage}, audit log ${lastMove}`)
        }
      }
      return mismatches
    },
  }
}
