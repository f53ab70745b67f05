import Link from 'next/link'

import { JOB_ZONES, type JobZone } from '../../lib/assessment/matching/zonedMatches'
import { JOB_ZONE_TEXT } from '../../lib/onet/jobZones'

/**
 * Narrows the matches to the preparation the reader is willing to do: a plain GET form, so it works
 * without JavaScript and the choice stays in the address; folded away until it is used.
 */
export function JobZoneFilter({ resultPath, zones }: { resultPath: string; zones: JobZone[] }) {
  return (
    <details className="job-zone-filter" open={zones.length > 0}>
      <summary>
        {zones.length > 0
          ? `Showing job zone${zones.length > 1 ? 's' : ''} ${zones.join(', ')} only: change`
          : 'Only occupations needing the preparation you are willing to do'}
      </summary>
      <form method="get" action={`${resultPath}#careers`}>
        <fieldset>
          <legend>How much preparation are you willing to do?</legend>
          {JOB_ZONES.map((zone) => (
            <label key={zone}>
              <input type="checkbox" name="zone" value={zone} defaultChecked={zones.includes(zone)} />
              <span>
                <strong>
                  Job zone {zone}: {JOB_ZONE_TEXT[zone].name.toLowerCase()}
                </strong>{' '}
                <span className="assessment-muted">({JOB_ZONE_TEXT[zone].typically})</span>
              </span>
            </label>
          ))}
        </fieldset>
        <p className="job-zone-filter__actions">
          <button type="submit">Show matches</button>
          {zones.length > 0 ? <Link href={`${resultPath}#careers`}>Show every job zone</Link> : null}
        </p>
      </form>
    </details>
  )
}
