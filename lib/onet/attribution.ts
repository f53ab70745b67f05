/**
 * The credit the O*NET licence (CC BY 4.0) asks for, worded as O*NET prescribes it
 * (seed/datasets/onet-29.2/ATTRIBUTION.md), naming the release the facts on a page come from.
 */
export const onetAttribution = (version: string | null): string =>
  `This page includes information from the O*NET${version ? ` ${version}` : ''} Database by the U.S. ` +
  'Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 ' +
  'license. O*NET® is a trademark of USDOL/ETA.'

/** The release version in a dataset source's title ("O*NET 29.2 Database" → "29.2"). */
export const onetVersionOf = (title: string): string | null =>
  /^O\*NET\s+(\S+)\s+Database$/.exec(title.trim())?.[1] ?? null
