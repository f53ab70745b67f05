import type { CareerSkillSeed } from '../types'

export const productManagerSkills: CareerSkillSeed[] = [
  {
    career: 'product-manager',
    skill: 'stakeholder-communication',
    summary:
      'Stakeholder communication is how a product manager turns research and data into decisions other people commit to: writing the case, presenting trade-offs, saying no, and keeping engineering, design, sales and leadership pointed the same way. It is screened at every level, with the bar rising from clear updates to steering an organization.',
    verdict: {
      importance: 'essential',
      rationale:
        'Product managers decide little alone; aligning engineers, designers and leaders is most of the job, and interviews test it throughout. The cited labour-market study measures social skills across jobs, not product managers in particular.',
    },
    funnelRole: {
      value: 'gatekeeper',
      basis: 'editorial-judgement',
      rationale:
        'Product interviews are largely conversations, so weak communication shows in every round and is rarely offset by other strengths.',
    },
    salaryUplift: {
      value: 'moderate',
      basis: 'editorial-judgement',
      rationale:
        'Influence across teams is what separates senior product managers from junior ones, but we hold no pay estimate specific to product management.',
    },
    learningRamp: {
      value: 'moderate',
      basis: 'editorial-judgement',
      rationale:
        'Clear writing and structured updates improve quickly with feedback; reading an organization and persuading senior people who disagree takes years.',
    },
    applicability: {
      value: 'broad',
      basis: 'finding',
      finding: 'deming-social-jobs-growth',
      rationale:
        'Jobs demanding a high level of social interaction grew as a share of US employment over three decades, so this skill carries well beyond product management.',
    },
    screening: [
      {
        stage: 'entry',
        howScreened:
          'Associate candidates present a short product recommendation and field questions; interviewers score structure, use of evidence and composure under pushback.',
      },
      {
        stage: 'mid',
        howScreened:
          'A case asks the candidate to settle a conflict between a sales request and an engineering constraint, then write the update they would send to both groups.',
      },
      {
        stage: 'senior',
        howScreened:
          'Interviewers ask for examples of aligning several teams around a roadmap change: who disagreed, what was traded away and how the decision was recorded.',
      },
      {
        stage: 'staff-principal',
        howScreened:
          'Assessment focuses on influence at organization level: written strategy documents, executive reviews and evidence that other leaders changed course because of the candidate’s case.',
      },
    ],
    pairings: ['roadmapping', 'technical-writing', 'product-analytics'],
    headlineFindings: ['deming-social-jobs-growth'],
    findings: ['deming-social-jobs-growth', 'deming-math-nonsocial-decline'],
    contextFindings: ['sackett-structured-interview-top', 'noy-zhang-writing-speed-quality'],
    scopeNote:
      'Product manager is mapped to the closest available codes, since O*NET, ESCO and ISCO lack a dedicated software product-management occupation. Stakeholder communication covers the written and spoken communication used to reach product decisions.',
    limitations:
      'The social-skills evidence describes occupations, not individuals, and does not isolate product management. The writing experiment shows AI speeding up routine business writing, which may shift weight toward live persuasion and judgment, but it did not study product work.',
    adjacentQuestions: [
      'If AI drafts most product updates, do interviewers move their weight to live discussion and judgment?',
      'How well do structured product-sense interviews predict later performance?',
      'Which written artifacts — strategy memos, decision records, launch reviews — best show this skill to a hiring panel?',
    ],
  },
]
