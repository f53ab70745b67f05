import type { JobZoneView } from '../../lib/data/onetTypes'
import { FactSource } from './FactSource'

/** How much preparation the occupation needs: its job zone (1–5) and what O*NET says that zone means. */
export function JobZone({ jobZone }: { jobZone: JobZoneView }) {
  return (
    <div className="job-zone">
      <p>
        <strong>Job zone {jobZone.zone} of 5</strong>
        {jobZone.name ? ` — ${jobZone.name}` : ''}. <FactSource provenance={jobZone.provenance} />
      </p>
      <dl className="facts">
        {jobZone.education ? (
          <div>
            <dt>Education</dt>
            <dd>{jobZone.education}</dd>
          </div>
        ) : null}
        {jobZone.experience ? (
          <div>
            <dt>Experience</dt>
            <dd>{jobZone.experience}</dd>
          </div>
        ) : null}
        {jobZone.training ? (
          <div>
            <dt>Training</dt>
            <dd>{jobZone.training}</dd>
          </div>
        ) : null}
      </dl>
      <p className="fact-note">
        What each zone means is O*NET&rsquo;s description of all occupations in it, not of this one alone.
      </p>
    </div>
  )
}
