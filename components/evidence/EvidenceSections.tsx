import Link from 'next/link'

import type { EvidencePageView } from '../../lib/data/types'
import { FlagLegend } from '../citations/FlagLegend'
import { EvidenceCards } from '../site/EvidenceCards'
import { LinkList } from '../site/LinkList'
import { Section } from '../site/Section'
import { Demand } from './Demand'
import { FaqList } from './FaqList'
import { FindingsList } from './FindingsList'
import { Ratings } from './Ratings'
import { References } from './References'
import { Screening } from './Screening'
import { SkillClusters } from './SkillClusters'
import { Taxonomy } from './Taxonomy'

/** Every section of an evidence page below the verdict and the stat cards, in reading order. */
export function EvidenceSections({ page }: { page: EvidencePageView }) {
  const { career, skill, references, subject } = page
  return (
    <>
      <Section id="why-it-matters" title={`Why ${skill.name} matters for a ${career.title}`}>
        <Ratings ratings={page.ratings} references={references} />
      </Section>
      <Section id="career" title={`The career: ${career.title}`}>
        <p>{career.summary}</p>
        {career.demand ? <Demand demand={career.demand} references={references} /> : null}
      </Section>
      <Section id="skill-clusters" title={`Skill clusters in ${career.title} work`}>
        <SkillClusters clusters={career.clusters} />
      </Section>
      <Section id="screening" title="How it is screened at each career stage">
        <Screening rows={page.screening} />
      </Section>
      <Section
        id="pairings"
        title="Portfolio pairings"
        intro={`Skills a ${career.title} portfolio shows alongside ${skill.name}.`}
      >
        <LinkList
          label="Portfolio pairings"
          items={page.pairings.map((link) => ({ href: link.href, label: link.name }))}
        />
      </Section>
      {page.adjacentSkills.length > 0 ? (
        <Section
          id="adjacent-skills"
          title="Adjacent skills"
          intro={`Skills that neighbour ${skill.name} in practice.`}
        >
          <LinkList
            label="Adjacent skills"
            items={page.adjacentSkills.map((link) => ({ href: link.href, label: link.name }))}
          />
        </Section>
      ) : null}
      {page.recursIn.length > 0 ? (
        <Section id="recurs-in" title={`Other careers where ${skill.name} recurs`}>
          <EvidenceCards pages={page.recursIn} label="career" empty="" />
          {page.recursInTotal > page.recursIn.length ? (
            <p>
              <Link href={skill.href}>
                All {page.recursInTotal} other careers with evidence on {skill.name}
              </Link>
            </p>
          ) : null}
        </Section>
      ) : null}
      <Section id="findings" title="Findings: direct evidence">
        {page.findings.length > 0 ? (
          <FindingsList findings={page.findings} references={references} anchor="finding" />
        ) : (
          <p>
            No study cited here measures {subject.skill} or {subject.career}.
          </p>
        )}
      </Section>
      {page.context.length > 0 ? (
        <Section
          id="context"
          title={`Context: studies that do not measure ${subject.skill} or ${subject.career}`}
          intro="These describe other work, other roles or the labour market at large. They frame the question; they do not answer it, and they do not count as direct evidence for the verdict."
        >
          <FindingsList findings={page.context} references={references} anchor="context" />
        </Section>
      ) : null}
      {page.assessment ? (
        <Section id="assessment" title={`Assess your ${skill.name} skill`}>
          <p>
            <Link href={page.assessment.href}>{page.assessment.title}</Link>
          </p>
        </Section>
      ) : null}
      <Section id="scope" title="Scope and taxonomy">
        <p>{page.scopeNote}</p>
        <Taxonomy taxonomy={career.taxonomy} />
      </Section>
      <Section id="limitations" title="What the evidence does not prove">
        <p>{page.limitations}</p>
      </Section>
      <Section id="adjacent-questions" title="Adjacent questions">
        <ul>
          {page.adjacentQuestions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      </Section>
      {page.faqs.length > 0 ? (
        <Section id="faq" title="Frequently asked questions">
          <FaqList faqs={page.faqs} references={references} />
        </Section>
      ) : null}
      <FlagLegend entries={page.flagLegend} />
      <Section id="references" title="References">
        <References references={references} />
      </Section>
    </>
  )
}
