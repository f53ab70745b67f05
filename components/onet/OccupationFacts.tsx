import type { DatasetView, OccupationView } from '../../lib/data/onetTypes'
import { LinkList } from '../site/LinkList'
import { Section } from '../site/Section'
import { AlternateTitles } from './AlternateTitles'
import { CoreTasks } from './CoreTasks'
import { ReleaseFile } from './FactSource'
import { InterestProfile } from './InterestProfile'
import { JobZone } from './JobZone'
import { ProvenanceLegend } from './ProvenanceLegend'
import { TechnologyList } from './TechnologyList'

type OccupationFactsProps = {
  occupation: OccupationView
  dataset: DatasetView | null
  /** 3 when the facts sit inside a curated career's page, under the occupation's own heading. */
  level?: 2 | 3
  /** Anchors stay unique when a page shows its own facts and another occupation's. */
  idPrefix?: string
  /** Left out where the page header already shows it. */
  showDescription?: boolean
}

/** What O*NET says about one occupation, section by section, each fact with where it came from. */
export function OccupationFacts({
  occupation,
  dataset,
  level = 2,
  idPrefix = '',
  showDescription = true,
}: OccupationFactsProps) {
  const id = (name: string) => `${idPrefix}${name}`
  const version = dataset?.version ?? null
  return (
    <>
      {showDescription && occupation.description ? (
        <Section id={id('description')} title="What the work is" level={level}>
          <p>{occupation.description}</p>
          <ReleaseFile file="Occupation Data" version={version} />
        </Section>
      ) : null}
      {occupation.tasks.length > 0 ? (
        <Section id={id('tasks')} title="Core tasks" level={level}>
          <CoreTasks tasks={occupation.tasks} />
        </Section>
      ) : null}
      {occupation.jobZone ? (
        <Section id={id('preparation')} title="Preparation" level={level}>
          <JobZone jobZone={occupation.jobZone} />
        </Section>
      ) : null}
      {occupation.interests ? (
        <Section id={id('interests')} title="Interest profile" level={level}>
          <InterestProfile id={id('interests')} profile={occupation.interests} />
        </Section>
      ) : null}
      {occupation.technologies.total > 0 ? (
        <Section id={id('technologies')} title="Technologies used" level={level}>
          <TechnologyList id={id('technologies')} technologies={occupation.technologies} />
          <ReleaseFile file="Technology Skills" version={version} />
        </Section>
      ) : null}
      {occupation.alternateTitles.total > 0 ? (
        <Section id={id('also-called')} title="Also called" level={level}>
          <AlternateTitles titles={occupation.alternateTitles} />
          <ReleaseFile file="Alternate Titles" version={version} />
        </Section>
      ) : null}
      {occupation.related.length > 0 ? (
        <Section id={id('related-occupations')} title="Related occupations" level={level}>
          <LinkList
            label={`Occupations related to ${occupation.title}`}
            items={occupation.related.map((link) => ({ href: link.href, label: link.title }))}
          />
          <ReleaseFile file="Related Occupations" version={version} />
        </Section>
      ) : null}
      <Section id={id('provenance')} title="Where these facts come from" level={level}>
        <ProvenanceLegend />
      </Section>
    </>
  )
}
