import type { EvidencePageView } from '../../lib/data/types'
import { EvidenceCards } from '../site/EvidenceCards'
import { LinkList } from '../site/LinkList'
import { Section } from '../site/Section'
import { FaqList } from './FaqList'
import { FindingsList } from './FindingsList'
import { Methodology } from './Methodology'
import { Ratings } from './Ratings'
import { References } from './References'
import { Screening } from './Screening'
import { SkillClusters } from './SkillClusters'
import { Taxonomy } from './Taxonomy'

/** Every section of an evidence page below the stat cards, in reading order. */
export function EvidenceSections({ page }: { page: EvidencePageView }) {
  const { career, skill, references } = page
  return (
    <>
      <Section id="why-it-matters" title={`Why ${skill.name} matters for a ${career.title}`}>
        <Ratings ratings={page.ratings} references={references} />
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
        </Section>
      ) : null}
      <Section id="findings" title="Findings">
        <FindingsList findings={page.findings} references={references} />
      </Section>
      <Section id="methodology" title="Assessment methodology">
        <Methodology methodology={page.methodology} skillName={skill.name} />
      </Section>
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
      <Section id="references" title="References">
        <References references={references} />
      </Section>
    </>
  )
}
