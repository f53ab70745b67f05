import type { Metadata } from 'next'
import Link from 'next/link'

import { OnetAttribution } from '../../../components/onet/OnetAttribution'
import { FamilyList } from '../../../components/site/FamilyList'
import { LinkList } from '../../../components/site/LinkList'
import { SearchForm } from '../../../components/site/SearchForm'
import { Section } from '../../../components/site/Section'
import { getFamilies, getHub, getOnetDataset } from '../../../lib/data/cached'
import { pageMetadata } from '../../../lib/site/metadata'
import { paths } from '../../../lib/site/paths'

export const revalidate = 3600

export const metadata: Metadata = pageMetadata({
  title: 'Careers and the skills that matter in them, with the evidence',
  description:
    'Browse careers and see how much each skill weighs for them: every figure is traced to a primary source, with its provenance shown.',
  path: paths.hub(),
})

/**
 * The discovery hub: the careers editors weighed skill by skill first, then every occupation by job
 * family, and search. It reads the curated catalogue and 23 counts, never the imported catalogue.
 */
export default async function CareersHub() {
  const [{ careers, skills }, families, dataset] = await Promise.all([
    getHub(),
    getFamilies(),
    getOnetDataset(),
  ])

  return (
    <article>
      <header className="page-header">
        <h1>Careers, weighed skill by skill</h1>
        <p className="lede">
          Each evidence page asks how much one skill matters for one career, and answers with findings you can
          trace to the study behind them. Pick a career to start, or look up any job by its title.
        </p>
        <SearchForm id="hub-search" label="Search every career and skill" />
      </header>
      <Section id="careers" title="Careers with evidence pages">
        <ul className="cards">
          {careers.map((career) => (
            <li key={career.slug} className="card">
              <h3>
                <Link href={career.href}>{career.title}</Link>
              </h3>
              <p>{career.summary}</p>
              <LinkList
                label={`Evidence pages for ${career.title}`}
                items={career.pages.map((page) => ({ href: page.href, label: page.skill.name }))}
              />
            </li>
          ))}
        </ul>
      </Section>
      {skills.length > 0 ? (
        <Section id="skills" title="Skills with evidence pages">
          <LinkList
            label="Skills"
            items={skills.map((skill) => ({
              href: skill.href,
              label: skill.name,
              note: skill.pageCount > 1 ? `(${skill.pageCount} careers)` : undefined,
            }))}
          />
        </Section>
      ) : null}
      {families.length > 0 ? (
        <Section
          id="families"
          title="Every occupation, by job family"
          intro="What each occupation involves, the preparation it takes, the interests it suits and the technologies it uses, from the O*NET database."
        >
          <FamilyList families={families} />
          <OnetAttribution dataset={dataset} />
        </Section>
      ) : null}
    </article>
  )
}
