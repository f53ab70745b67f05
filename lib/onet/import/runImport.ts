import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'

import type { OnetRelease } from '../release/types'
import { loadCurrentState } from './currentState'
import { datasetTitle, ensureDatasetSource } from './datasetSource'
import { ImportRefused } from './importRefused'
import { planCareers, planSkills } from './plan'
import type { Difference, ImportReport } from './report'
import { collectTechnologies } from './technologies'
import { IMPORT_CONTEXT, writeCareers, writeSkills } from './writeChanges'
import { normaliseTerm } from '../../search/normalise'
import { refreshPlannerStatistics } from '../../../server/sqlite/plannerStatistics'

export type ImportMode = ImportReport['mode']

export type ImportProgress = (event: { phase: 'skills' | 'careers'; done: number; total: number }) => void

type RunArgs = {
  payload: Payload
  release: OnetRelease
  mode: ImportMode
  /** Who runs it: an editor, reviewer or admin. Trusted demo loading runs as nobody. */
  user?: TypedUser | null
  onProgress?: ImportProgress
}

export { ImportRefused }

const differencesOf = (
  kind: Difference['kind'],
  changes: { action: Difference['action']; key: string; label: string; fields: string[] }[],
): Difference[] => changes.map(({ action, key, label, fields }) => ({ kind, action, key, label, fields }))

const refuseWhilePending = async (req: PayloadRequest) => {
  const { docs } = await req.payload.find({
    collection: 'imports',
    where: { status: { equals: 'awaiting-approval' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0]) {
    throw new ImportRefused(
      `Import "${docs[0].title}" is awaiting approval; a reviewer must approve or reject it before another run.`,
    )
  }
}

/**
 * Imports a release that the reader accepted without a single rejected row. Review mode writes what
 * changed as drafts tied to a new import record, published when a reviewer approves that record;
 * trusted mode (the demo's first start) publishes at once; a dry run writes nothing. All writes share
 * one transaction: a run that fails or is killed leaves the database as it was.
 */
export const runImport = async ({
  payload,
  release,
  mode,
  user = null,
  onProgress,
}: RunArgs): Promise<ImportReport> => {
  const started = Date.now()
  const cpuStarted = process.cpuUsage()
  if (release.rejected.length > 0 && mode !== 'dry-run') {
    throw new ImportRefused(
      `${release.rejected.length} row(s) were rejected; nothing was written. Run with --dry-run to list them.`,
    )
  }
  const req = await createLocalReq({ context: IMPORT_CONTEXT, user: user ?? undefined }, payload)
  const writing = mode !== 'dry-run'
  const publish = mode === 'trusted'
  if (writing) await initTransaction(req)
  try {
    if (writing) await refuseWhilePending(req)
    const state = await loadCurrentState(req)
    const technologies = collectTechnologies(release.occupations)
    const skillPlan = planSkills(technologies, state)

    let importRun = ''
    let datasetId = ''
    if (writing) {
      datasetId = (await ensureDatasetSource({ req, release, publish })).id
      const record = await req.payload.create({
        collection: 'imports',
        data: {
          title: `${datasetTitle(release.version)} import, ${new Date(started).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
          status: publish ? 'trusted' : 'awaiting-approval',
          dataset: datasetId,
          version: release.version,
          releaseLabel: release.releaseLabel,
          ranBy: user?.id ?? null,
          ranAs: user ? String(user.email ?? user.id) : 'demo start (trusted)',
          counts: { created: 0, updated: 0, unchanged: 0, rejected: 0 },
          files: release.files,
        },
        overrideAccess: true,
        depth: 0,
        req,
      })
      importRun = String(record.id)
    }

    const skillIds = new Map<string, string>(
      [...state.skillsByKey].map(([key, existing]) => [key, existing.id]),
    )
    const written = writing
      ? await writeSkills({
          req,
          changes: skillPlan.changes,
          importRun,
          publish,
          onWritten: (done) => onProgress?.({ phase: 'skills', done, total: skillPlan.changes.length }),
        })
      : new Map(skillPlan.changes.map((change) => [change.key, change.id ?? `new:${change.key}`]))
    written.forEach((id, key) => skillIds.set(key, id))
    const skillFor = (example: string) => {
      const key = normaliseTerm(example)
      return state.curatedSkillsByKey.get(key) ?? skillIds.get(key)
    }

    const careerPlan = planCareers({
      occupations: release.occupations,
      jobZones: release.jobZones,
      state,
      skillFor,
    })
    if (writing) {
      await writeCareers({
        req,
        changes: careerPlan.changes,
        importRun,
        publish,
        onWritten: (done) => onProgress?.({ phase: 'careers', done, total: careerPlan.changes.length }),
      })
    }

    const count = (plan: { changes: { action: string }[] }, action: string) =>
      plan.changes.filter((change) => change.action === action).length
    const careers = {
      created: count(careerPlan, 'create'),
      updated: count(careerPlan, 'update'),
      unchanged: careerPlan.unchanged,
    }
    const skills = {
      created: count(skillPlan, 'create'),
      updated: count(skillPlan, 'update'),
      unchanged: skillPlan.unchanged,
      matchedCurated: skillPlan.matchedCurated,
    }
    const counts = {
      created: careers.created + skills.created,
      updated: careers.updated + skills.updated,
      unchanged: careers.unchanged + skills.unchanged,
      rejected: release.rejected.length,
    }
    const differences = [
      ...differencesOf('skill', skillPlan.changes),
      ...differencesOf('career', careerPlan.changes),
    ]
    const heldBack = [...skillPlan.heldBack, ...careerPlan.heldBack]
    const nothingChanged = counts.created + counts.updated === 0
    const status = !writing
      ? 'dry-run'
      : publish
        ? 'trusted'
        : nothingChanged
          ? 'no-changes'
          : 'awaiting-approval'
    const durationMs = Date.now() - started

    if (writing) {
      await req.payload.update({
        collection: 'imports',
        id: importRun,
        data: {
          status: status as 'trusted',
          counts,
          differences,
          rejectedRows: release.rejected,
          durationMs,
        },
        overrideAccess: true,
        depth: 0,
        req,
      })
      await commitTransaction(req)
      if (!nothingChanged) await refreshPlannerStatistics(payload)
    }
    return {
      mode,
      dataset: datasetTitle(release.version),
      version: release.version,
      releaseLabel: release.releaseLabel,
      folder: release.folder,
      files: release.files,
      counts,
      careers,
      skills,
      rejected: release.rejected,
      heldBack,
      differences,
      durationMs,
      cpuMs: Math.round((process.cpuUsage(cpuStarted).user + process.cpuUsage(cpuStarted).system) / 1000),
      importId: importRun || null,
      status,
      refused: null,
    }
  } catch (error) {
    if (writing) await killTransaction(req)
    throw error
  }
}
