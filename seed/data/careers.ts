import type { CareerSeed } from './types'

/**
 * Demo careers. Taxonomy codes are O*NET-SOC 2019, ESCO preferred labels and the ISCO-08 unit
 * group ESCO files that label under; where no occupation matches the role exactly, the summary
 * says which closest code is used.
 */
export const careers: CareerSeed[] = [
  {
    slug: 'backend-developer',
    title: 'Backend Developer',
    summary:
      'Backend developers build and run the server-side parts of software: APIs, business logic, data storage and the links between services. The work rewards careful data modeling, attention to failure modes and the habit of making systems observable; seniority shows mostly in design judgment. Taxonomies file the role under general software development.',
    demandProfile: 'balanced',
    demandBasis: {
      basis: 'finding',
      finding: 'bls-software-employment-growth',
      rationale:
        'The Bureau of Labor Statistics projects employment of software developers, quality assurance analysts and testers to grow 17% from 2023 to 2033. Growth says employers will keep hiring; it does not say candidates are scarce, so the profile stays balanced.',
    },
    taxonomy: {
      onetSoc: '15-1252.00',
      onetTitle: 'Software Developers',
      escoLabel: 'software developer',
      isco08: '2512',
    },
    related: ['frontend-developer', 'site-reliability-engineer', 'machine-learning-engineer'],
    skillClusters: [
      { label: 'Languages and runtimes', skills: ['python', 'go', 'node-js'] },
      { label: 'Data and storage', skills: ['sql', 'postgresql', 'data-modeling'] },
      { label: 'Service design', skills: ['system-design', 'rest-api-design', 'observability'] },
      { label: 'Delivery', skills: ['docker', 'ci-cd', 'automated-testing'] },
    ],
  },
  {
    slug: 'frontend-developer',
    title: 'Frontend Developer',
    summary:
      'Frontend developers build the parts of web applications that people see and use, turning designs into accessible, fast and maintainable interfaces. Most work in TypeScript or JavaScript with a component framework, and the role increasingly overlaps with design systems and performance work. It is mapped to the broader web-developer codes, which also cover full-stack and site-building work.',
    demandProfile: 'balanced',
    demandBasis: {
      basis: 'editorial-judgement',
      rationale:
        'Postings for frontend roles remain common, and so do applicants with component-framework experience; no cited source measures vacancies against candidates for the role, so balanced is the editors’ reading.',
    },
    taxonomy: {
      onetSoc: '15-1254.00',
      onetTitle: 'Web Developers',
      escoLabel: 'web developer',
      isco08: '2513',
    },
    related: ['backend-developer', 'product-manager'],
    skillClusters: [
      { label: 'Core web platform', skills: ['html', 'css', 'javascript'] },
      { label: 'Application code', skills: ['typescript', 'react', 'automated-testing'] },
      { label: 'Quality for users', skills: ['web-accessibility', 'web-performance', 'user-research'] },
    ],
  },
  {
    slug: 'data-scientist',
    title: 'Data Scientist',
    summary:
      'Data scientists turn messy data into answers people can act on: they query and clean data, estimate effects, build models and explain what the numbers do and do not show. In product teams much of the work is experimentation and metric design. ESCO files data scientists under the ISCO group for systems analysts, which is the code used here.',
    demandProfile: 'balanced',
    demandBasis: {
      basis: 'editorial-judgement',
      rationale:
        'Hiring for data scientists has settled after fast growth, and entry-level candidates are plentiful while experienced ones are sought; no cited source measures the balance, so this is the editors’ reading.',
    },
    taxonomy: {
      onetSoc: '15-2051.00',
      onetTitle: 'Data Scientists',
      escoLabel: 'data scientist',
      isco08: '2511',
    },
    related: ['machine-learning-engineer', 'product-manager'],
    skillClusters: [
      { label: 'Analysis toolkit', skills: ['python', 'sql', 'pandas'] },
      { label: 'Inference', skills: ['statistics', 'experiment-design', 'causal-inference'] },
      {
        label: 'Communicating results',
        skills: ['data-visualization', 'stakeholder-communication', 'product-analytics'],
      },
    ],
  },
  {
    slug: 'machine-learning-engineer',
    title: 'Machine Learning Engineer',
    summary:
      'Machine learning engineers take models from experiment to production: they train and fine-tune them, package them as services, and keep them fast, affordable and correct once real traffic arrives. Neither O*NET nor ESCO has a machine-learning engineering occupation, so the role is mapped to the closest codes, for software developers.',
    demandProfile: 'shortage',
    demandBasis: {
      basis: 'editorial-judgement',
      rationale:
        'Teams that ship models report filling these roles slowly, since few candidates combine modelling with production engineering; no cited source measures vacancies for the role, so shortage is the editors’ reading.',
    },
    taxonomy: {
      onetSoc: '15-1252.00',
      onetTitle: 'Software Developers',
      escoLabel: 'software developer',
      isco08: '2512',
    },
    related: ['data-scientist', 'backend-developer', 'site-reliability-engineer'],
    skillClusters: [
      { label: 'Modeling', skills: ['python', 'pytorch', 'machine-learning'] },
      { label: 'Serving and operations', skills: ['bentoml', 'model-serving', 'mlops', 'docker'] },
      { label: 'Infrastructure', skills: ['kubernetes', 'ci-cd', 'observability'] },
    ],
  },
  {
    slug: 'site-reliability-engineer',
    title: 'Site Reliability Engineer',
    summary:
      'Site reliability engineers keep production services available and fast by treating operations as a software problem: they automate toil, define reliability targets, run the platform services depend on and lead the response when things break. O*NET files "Site Reliability Engineer" as an alternate title of Software Developers, the code used here; ESCO has no such occupation, so its closest, ICT system administrator, is used.',
    demandProfile: 'shortage',
    demandBasis: {
      basis: 'editorial-judgement',
      rationale:
        'Teams report that engineers who can run production systems and lead incident response are slow to hire; no cited source measures vacancies for the role, so shortage is the editors’ reading.',
    },
    taxonomy: {
      onetSoc: '15-1252.00',
      onetTitle: 'Software Developers',
      escoLabel: 'ICT system administrator',
      isco08: '2522',
    },
    related: ['backend-developer', 'machine-learning-engineer'],
    skillClusters: [
      { label: 'Platform', skills: ['linux', 'kubernetes', 'terraform', 'docker'] },
      { label: 'Signals', skills: ['observability', 'prometheus'] },
      { label: 'Automation', skills: ['go', 'python', 'ci-cd'] },
      {
        label: 'Operations',
        skills: ['incident-response', 'stakeholder-communication', 'technical-writing'],
      },
    ],
  },
  {
    slug: 'product-manager',
    title: 'Product Manager',
    summary:
      'Product managers decide what a software team builds next and why: they find problems worth solving, weigh evidence and trade-offs, and keep engineering, design and the business aligned on a plan. No taxonomy has a dedicated software product-management occupation; the O*NET marketing-managers code, the ESCO label for ICT product managers and the ISCO systems-analysts group are the closest matches and should be read as approximate.',
    demandProfile: 'balanced',
    demandBasis: {
      basis: 'editorial-judgement',
      rationale:
        'Product management attracts many applicants from engineering, design and business roles; no cited source measures vacancies against candidates, so balanced is the editors’ reading.',
    },
    taxonomy: {
      onetSoc: '11-2021.00',
      onetTitle: 'Marketing Managers',
      escoLabel: 'ICT product manager',
      isco08: '2511',
    },
    related: ['data-scientist', 'frontend-developer'],
    skillClusters: [
      { label: 'Discovery', skills: ['product-discovery', 'user-research', 'product-analytics'] },
      { label: 'Alignment', skills: ['stakeholder-communication', 'roadmapping', 'technical-writing'] },
      { label: 'Evidence', skills: ['experiment-design', 'sql'] },
    ],
  },
]
