import type { Metadata } from 'next'
import Link from 'next/link'

import { LinkList } from '../../../components/site/LinkList'
import { Section } from '../../../components/site/Section'
import { getCatalogue } from '../../../lib/data/cached'
import { pageMetadata } from '../../../lib/site/metadata'
import { paths } from '../../../lib/site/paths'

export const revalidate = 3600

export const metadata: Metadata = pageMetadata({
  title: 'Careers and the skills that matter in them, with the evidence',
  description:
    'Browse careers and see how much each skill weighs for them: every figure is traced to a primary source, with its provenance shown.',
  path: paths.hub(),
})

/** The discovery hub: every career with its evidence pages, and every skill. */
export default async function CareersHub() {
  const { careers, skills } = await getCatalogue()
  const skillsWithPages = skills.filter((skill) => skill.pageCount > 0)

  return (
    <article>
      <header className="page-header">
        <h1>Careers, weighed skill by skill</h1>
        <p className="lede">
          Each evidence page asks how much one skill matters for one career, and answers with findings you can
          trace to the study behind them. Pick a career to start.
        </p>
      </header>
      <Section id="careers" title="Careers">
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
      {skillsWithPages.length > 0 ? (
        <Section id="skills" title="Skills with evidence pages">
          <LinkList
            label="Skills"
            items={skillsWithPages.map((skill) => ({
              href: skill.href,
              label: skill.name,
              note: skill.pageCount > 1 ? `(${skill.pageCount} careers)` : undefined,
            }))}
          />
        </Section>
      ) : null}
    </article>
  )
}
