import type { CareerSkillSeed } from '../types'

export const siteReliabilityEngineerSkills: CareerSkillSeed[] = [
  {
    career: 'site-reliability-engineer',
    skill: 'kubernetes',
    summary:
      'Kubernetes is the orchestration layer many reliability teams run their services on, so the job often means understanding how it places, scales, restarts and networks containers. Interviews test operational depth — what happens when things break — more than the ability to write manifests.',
    verdict: {
      importance: 'essential',
      rationale:
        'Most production platforms that site reliability engineers run are built on Kubernetes, and O*NET marks Kubernetes a Hot Technology for Software Developers, the occupation O*NET files the role under: employers name it often in job postings.',
    },
    funnelRole: {
      value: 'gatekeeper',
      basis: 'dataset',
      datasetFact: 'onet-hot-technology',
      rationale:
        'O*NET 29.2 marks Kubernetes a Hot Technology for Software Developers, the occupation the role is filed under: employers name it often in job postings, the screen where a candidate without it is turned away.',
    },
    salaryUplift: {
      value: 'moderate',
      basis: 'editorial-judgement',
      rationale:
        'Running clusters at scale is specialized work that appears in better-paid infrastructure postings in our reading, but no cited source measures the premium.',
    },
    learningRamp: {
      value: 'steep',
      basis: 'editorial-judgement',
      rationale:
        'The core objects are learned quickly, but networking, scheduling behavior, upgrades and failure recovery are mastered mostly by running clusters through real incidents.',
    },
    applicability: {
      value: 'role-specific',
      basis: 'editorial-judgement',
      rationale:
        'Deep cluster operations matter to reliability and platform teams; application developers need far less of it, and some employers run no Kubernetes at all.',
    },
    screening: [
      {
        stage: 'entry',
        howScreened:
          'Candidates explain what a pod, a deployment and a service are, then walk through debugging a pod stuck in a crash loop using events and logs.',
      },
      {
        stage: 'mid',
        howScreened:
          'A troubleshooting scenario covers failed rollouts, memory limits that trigger out-of-memory kills and readiness probes that pull healthy services out of rotation.',
      },
      {
        stage: 'senior',
        howScreened:
          'Interviewers discuss cluster design: isolation between tenants, autoscaling under bursts, upgrades without downtime and the blast radius of a control-plane failure.',
      },
      {
        stage: 'staff-principal',
        howScreened:
          'The conversation is about platform strategy — when Kubernetes is the wrong answer, how many clusters to run, and how to give product teams paved paths without hiding failure modes.',
      },
    ],
    pairings: ['docker', 'terraform', 'observability', 'prometheus'],
    headlineFindings: [],
    findings: [],
    contextFindings: [
      'indeed-skills-highest-exposure',
      'wef-skill-change',
      'sackett-structured-interview-top',
      'eloundou-half-tasks',
    ],
    scopeNote:
      'Site reliability engineer is mapped to the closest O*NET and ESCO codes, for systems administrators, because neither taxonomy has an SRE occupation. Kubernetes here covers operating clusters and workloads, not building applications on top of them.',
    limitations:
      'The exposure and skill-change figures are broad estimates across occupations and skills, not measurements of Kubernetes work, and the interview-validity finding concerns structured interviews in general. Nothing cited measures how Kubernetes skill affects SRE hiring or pay.',
    adjacentQuestions: [
      'Which parts of cluster operations are AI tools starting to automate, and which still need on-call judgment?',
      'Do managed Kubernetes services reduce the depth employers screen for?',
      'How do interviewers tell real production experience from certification study?',
    ],
  },
  {
    career: 'site-reliability-engineer',
    skill: 'incident-response',
    summary:
      'Incident response is the core operational skill of a site reliability engineer: noticing an outage, coordinating people under pressure, restoring service and then learning from what happened. Hiring teams weight it heavily because it is slow to teach and costly to lack.',
    verdict: {
      importance: 'essential',
      rationale:
        'Leading the response when production breaks is the core of the role, and interview loops test it with scenario exercises. No cited study measures incident response for site reliability engineers; this is the editors’ judgement.',
    },
    funnelRole: {
      value: 'gatekeeper',
      basis: 'editorial-judgement',
      rationale:
        'Reliability roles carry on-call duty from the start, so interviewers treat poor triage or communication in an incident scenario as a reason to stop.',
    },
    salaryUplift: {
      value: 'moderate',
      basis: 'editorial-judgement',
      rationale:
        'Proven incident leadership is a common requirement for senior reliability roles, which sit in higher bands, but the cited sources give no figure for it.',
    },
    learningRamp: {
      value: 'steep',
      basis: 'editorial-judgement',
      rationale:
        'Calm triage, clear updates and sound rollback decisions are learned mostly by handling real incidents and reviewing them honestly.',
    },
    applicability: {
      value: 'broad',
      basis: 'editorial-judgement',
      rationale:
        'The same discipline serves security response, platform teams and any service whose users depend on it staying up.',
    },
    screening: [
      {
        stage: 'entry',
        howScreened:
          'Candidates talk through a simple outage: what they would check first, whom they would tell and how they would confirm the fix held.',
      },
      {
        stage: 'mid',
        howScreened:
          'A role-played incident offers partial dashboards and logs; interviewers score hypothesis-driven debugging, the status updates the candidate sends and the choice between rolling back and pushing forward.',
      },
      {
        stage: 'senior',
        howScreened:
          'Candidates describe an incident they led, and interviewers probe the timeline, how several teams were coordinated and the blameless review that followed.',
      },
      {
        stage: 'staff-principal',
        howScreened:
          'The focus is the incident program itself: severity definitions, on-call health, tracking of follow-up work and evidence that repeat incidents actually declined.',
      },
    ],
    pairings: ['observability', 'prometheus', 'stakeholder-communication', 'technical-writing'],
    headlineFindings: [],
    findings: [],
    contextFindings: [
      'dellacqua-outside-frontier',
      'brynjolfsson-novice-gain',
      'deming-social-jobs-growth',
      'schmidt-hunter-combination',
    ],
    scopeNote:
      'Covers operational incident response for production services: detection, coordination, mitigation and post-incident review. Security incident handling overlaps but is not assessed here.',
    limitations:
      'The consulting experiment and the support study suggest that AI assistance can spread good practice to newer staff yet mislead people on unfamiliar problems; neither studied outages. The social-skills trend is economy-wide. No cited source measures incident skill in SRE hiring.',
    adjacentQuestions: [
      'Do AI assistants in incident channels shorten time to mitigation, or add confident wrong leads?',
      'How do teams assess incident leadership in candidates who have never carried a pager?',
      'Does a strong written post-incident review carry weight in hiring?',
    ],
  },
]
