import Link from 'next/link'

import type { MatchesView, MatchView } from '../../lib/assessment/result/matchesView'
import type { DatasetView } from '../../lib/data/onetTypes'
import { MACHINE_LEARNING_FLAG } from '../../lib/onet/domainSources'
import { OnetAttribution } from '../onet/OnetAttribution'
import { JobZoneFilter } from './JobZoneFilter'

const NOT_RANKED: Record<Exclude<MatchesView['status'], 'ranked'>, string> = {
  'flat-profile':
    'You gave every kind of work the same score, so there is no shape to compare with the occupations’ profiles, and no match would mean anything.',
  'no-profiles':
    'No O*NET interest profiles were available when this result was stored, so it could not be matched with occupations. Take it again once the O*NET data is loaded.',
  'not-stored':
    'This result was stored before careers were matched on O*NET interest profiles. Take it again to see the occupations that fit.',
}

/** Where one match's interest profile comes from, in text: the dataset, the flag, the release date. */
function MatchSource({ match, dataset }: { match: MatchView; dataset: DatasetView | null }) {
  return (
    <p className="fact-source match-source">
      Interest profile: {dataset ? <Link href={dataset.href}>{dataset.title}</Link> : 'O*NET Database'}
      {match.source?.flag ? (
        <>
          {' '}
          <span className="flag flag-machineLearning" data-flag={match.source.flag.key}>
            {match.source.flag.label}
          </span>
        </>
      ) : match.source ? (
        `, ${match.source.label.toLowerCase()}`
      ) : null}
      {match.released ? `, ${match.released}` : null}.
    </p>
  )
}

/** The occupations whose O*NET interest profiles follow the reader's most closely, each explained and cited. */
export function OccupationMatches({ matches, resultPath }: { matches: MatchesView; resultPath: string }) {
  if (matches.status !== 'ranked') return <p>{NOT_RANKED[matches.status]}</p>
  const flagged = matches.items.some((item) => item.source?.flag)
  return (
    <>
      <p>
        Your interests were compared with the O*NET interest profile of{' '}
        {matches.compared.toLocaleString('en-GB')} occupations
        {matches.zones.length ? ' in the job zones you chose' : ''}. These follow your order (
        {matches.readerOrder}) most closely: the match is the correlation between your six scores and theirs.
        A match says the work suits your interests; it says nothing about your qualifications or about
        openings.
      </p>
      <JobZoneFilter resultPath={resultPath} zones={matches.zones} />
      {matches.items.length === 0 ? (
        <p>No occupation in the job zones you chose has an interest profile. Choose more zones.</p>
      ) : (
        <ol className="occupation-matches">
          {matches.items.map((match) => (
            <li key={match.code} className="card" data-testid="occupation-match">
              <h3>{match.href ? <Link href={match.href}>{match.title}</Link> : match.title}</h3>
              <p>{match.why}</p>
              <p className="card-meta">
                O*NET-SOC {match.code}
                {match.jobZone
                  ? ` · Job zone ${match.jobZone.zone}: ${match.jobZone.name.toLowerCase()}`
                  : ''}
              </p>
              <MatchSource match={match} dataset={matches.dataset} />
            </li>
          ))}
        </ol>
      )}
      {flagged ? (
        <p className="fact-note">
          <span className="flag flag-machineLearning">{MACHINE_LEARNING_FLAG.label}</span>:{' '}
          {MACHINE_LEARNING_FLAG.explanation} Read a close match as a pointer worth exploring, not a verdict.
        </p>
      ) : null}
      <OnetAttribution dataset={matches.dataset} />
    </>
  )
}
