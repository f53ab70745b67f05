import type { ResultView } from '../../lib/assessment/data/loadResult'
import { formatDateTime } from '../../lib/assessment/format/dateTime'
import type { ResultBody } from '../../lib/assessment/result/resultBody'
import { BAND_Z } from '../../lib/assessment/statistics/measurementError'
import { normalCdf } from '../../lib/assessment/statistics/normal'
import { paths } from '../../lib/site/paths'
import { absoluteUrl } from '../../lib/site/siteUrl'
import { Section } from '../site/Section'
import { CopyLink } from './CopyLink'
import { HowScored } from './HowScored'
import { OccupationMatches } from './OccupationMatches'
import { PercentileChart } from './PercentileChart'
import { ProfileReading } from './ProfileReading'
import { ResultHeader } from './ResultHeader'
import { RetakeChange } from './RetakeChange'
import { ScoreTable } from './ScoreTable'
import { SkillLevel } from './SkillLevel'
import { FlagLegend } from '../citations/FlagLegend'

const BAND_PERCENT = Math.round((2 * normalCdf(BAND_Z) - 1) * 100)

type Props = { result: ResultView; body: ResultBody; locale: string }

/**
 * A result, most useful first: the plain reading (or the skill level), the careers that fit (or the
 * next steps), the scores, what changed since an earlier attempt, how to keep it, how it was scored.
 */
export function ResultSections({ result, body, locale }: Props) {
  const { instrument, reliability, resultId } = result
  const resultPath = paths.assessmentResult(instrument.slug, resultId)
  return (
    <article className="assessment assessment-result">
      <ResultHeader body={body} />
      {body.reading ? (
        <Section id="reading" title="What your answers say">
          <ProfileReading reading={body.reading} />
        </Section>
      ) : null}
      {body.level ? (
        <Section id="level" title="Your level">
          <SkillLevel level={body.level} />
        </Section>
      ) : null}
      {body.matches ? (
        <Section id="careers" title="Occupations that fit your interests">
          <OccupationMatches matches={body.matches} resultPath={resultPath} />
        </Section>
      ) : null}
      <FlagLegend entries={result.flagLegend} />
      <Section id="profile" title="Your scores">
        <PercentileChart rows={body.rows} />
        <ScoreTable rows={body.rows} bandPercent={BAND_PERCENT} />
      </Section>
      {body.change ? (
        <Section id="change" title="Since your earlier attempt">
          <RetakeChange change={body.change} />
        </Section>
      ) : null}
      <Section id="keep" title="Keep this result">
        <CopyLink path={resultPath} url={absoluteUrl(resultPath)} />
        <p className="card-meta">
          Printing this page (or saving it as a PDF from the print dialog) leaves out the site’s menus and
          forms.
        </p>
      </Section>
      <Section id="methodology" title="How this was scored">
        <HowScored
          empirical={Object.values(result.placed).some((entry) => entry.method === 'empirical')}
          sampleDescription={instrument.norms.sampleDescription}
          reliability={reliability}
          computedAt={reliability ? formatDateTime({ value: reliability.computedAt, locale }) : null}
          labels={Object.fromEntries(
            instrument.dimensions.map((dimension) => [dimension.key, dimension.label]),
          )}
          retakeHref={paths.assessmentRetake(instrument.slug, resultId)}
        />
      </Section>
    </article>
  )
}
