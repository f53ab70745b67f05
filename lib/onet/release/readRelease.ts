import path from 'node:path'

import { alternateTitlesSpec, parseAlternateTitles } from './alternateTitles'
import { assembleOccupations } from './assembleOccupations'
import { createFileReader } from './fileReader'
import { buildInterestProfiles } from './interestProfiles'
import { interestsSpec, parseInterests } from './interests'
import { jobZoneReferenceSpec, parseJobZoneReference } from './jobZoneReference'
import { jobZonesSpec, parseJobZones } from './jobZones'
import { occupationDataSpec, parseOccupationData } from './occupationData'
import { readMeFile, readReleaseIdentity, type ReleaseIdentity } from './readMe'
import { parseRelatedOccupations, relatedOccupationsSpec } from './relatedOccupations'
import { assertFolder, type LoadedFile, loadFiles } from './releaseFolder'
import { parseTaskStatements, taskStatementsSpec } from './taskStatements'
import { parseTechnologySkills, technologySkillsSpec } from './technologySkills'
import { type OnetReadProgress, type OnetRelease } from './types'
import { parseUnspscReference, unspscReferenceSpec } from './unspscReference'
import { UnusableReleaseError } from './unusableReleaseError'

export { UnusableReleaseError }

/** The files the reader uses, in the order it reads and reports them. */
export const RELEASE_FILES = [
  readMeFile,
  occupationDataSpec.file,
  unspscReferenceSpec.file,
  jobZoneReferenceSpec.file,
  jobZonesSpec.file,
  alternateTitlesSpec.file,
  taskStatementsSpec.file,
  interestsSpec.file,
  relatedOccupationsSpec.file,
  technologySkillsSpec.file,
] as const

const identify = ({
  folder,
  readMe,
}: {
  folder: string
  readMe: LoadedFile | undefined
}): ReleaseIdentity => {
  if (!readMe || 'problem' in readMe) {
    throw new UnusableReleaseError(`${folder} is not an O*NET release: it has no readable "${readMeFile}".`)
  }
  const identity = readReleaseIdentity(readMe.bytes.toString('utf8'))
  if (!identity) {
    throw new UnusableReleaseError(
      `${folder} is not an O*NET release: its "${readMeFile}" names no database version and release (like "O*NET 29.2 Database" and "February 2025 Release").`,
    )
  }
  return identity
}

const requireOccupationFile = ({ folder, file }: { folder: string; file: LoadedFile | undefined }) => {
  if (!file || 'problem' in file) {
    throw new UnusableReleaseError(
      `${folder} is not an O*NET release: it has no readable "${occupationDataSpec.file}" (the tab-delimited text download is needed).`,
    )
  }
}

/**
 * Reads an O*NET release folder as downloaded (tab-separated text files) into typed occupations and the
 * job zone reference, listing every row it could not accept by file, line and reason. Touches no
 * database. Throws UnusableReleaseError when the folder cannot be read as a release at all.
 */
export const readRelease = async ({
  folder,
  onProgress,
}: {
  folder: string
  onProgress?: (event: OnetReadProgress) => void
}): Promise<OnetRelease> => {
  const root = path.resolve(folder)
  await assertFolder(root)
  const loaded = await loadFiles({ folder: root, names: RELEASE_FILES })
  const identity = identify({ folder: root, readMe: loaded.get(readMeFile) })
  requireOccupationFile({ folder: root, file: loaded.get(occupationDataSpec.file) })
  const reader = createFileReader({ loaded, onProgress })
  reader.finish({ file: readMeFile, accepted: 0, problems: [] })

  const occupationData = reader.parseFile({ spec: occupationDataSpec, parse: parseOccupationData })
  if (occupationData.length === 0) {
    const [first] = reader.sortedRejections(RELEASE_FILES)
    const why = first ? `line ${first.line}: ${first.reason}` : 'it has a header and no rows'
    throw new UnusableReleaseError(
      `${root} has no occupation that can be read in ${occupationDataSpec.file} (${why}).`,
    )
  }
  const occupations = new Set(occupationData.map(({ value }) => value.code))

  const unspsc = reader.parseFile({ spec: unspscReferenceSpec, parse: parseUnspscReference })
  const commodityTitles = new Map(unspsc.map(({ value }) => [value.code, value.title]))
  const jobZoneReference = reader.parseFile({ spec: jobZoneReferenceSpec, parse: parseJobZoneReference })
  const jobZones = reader.parseFile({
    spec: jobZonesSpec,
    parse: (table) => parseJobZones({ table, occupations }),
  })
  const alternateTitles = reader.parseFile({
    spec: alternateTitlesSpec,
    parse: (table) => parseAlternateTitles({ table, occupations }),
  })
  const tasks = reader.parseFile({
    spec: taskStatementsSpec,
    parse: (table) => parseTaskStatements({ table, occupations }),
  })

  // A profile needs all nine of its rows, so the file's accepted rows are those of complete profiles.
  const interestRows = parseInterests({ table: reader.table(interestsSpec), occupations })
  const interests = buildInterestProfiles({ parsed: interestRows.parsed, file: interestsSpec.file })
  reader.finish({
    file: interestsSpec.file,
    accepted: interests.rows,
    problems: [...interestRows.rejected, ...interests.rejected],
  })

  const related = reader.parseFile({
    spec: relatedOccupationsSpec,
    parse: (table) => parseRelatedOccupations({ table, occupations }),
  })
  const technologies = reader.parseFile({
    spec: technologySkillsSpec,
    parse: (table) => parseTechnologySkills({ table, occupations, commodityTitles }),
  })

  return {
    ...identity,
    folder: root,
    files: reader.files,
    occupations: assembleOccupations({
      occupations: occupationData,
      alternateTitles,
      jobZones,
      tasks,
      interests: interests.profiles,
      related,
      technologies,
    }),
    jobZones: jobZoneReference.map(({ value }) => value).sort((a, b) => a.zone - b.zone),
    rejected: reader.sortedRejections(RELEASE_FILES),
  }
}
