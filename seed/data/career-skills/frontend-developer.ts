import type { CareerSkillSeed } from '../types'

export const frontendDeveloperSkills: CareerSkillSeed[] = [
  {
    career: 'frontend-developer',
    skill: 'web-accessibility',
    summary:
      'Web accessibility means building interfaces that work with keyboards, screen readers and other assistive technology, following the Web Content Accessibility Guidelines. Few frontend interviews test it deeply, yet many employers must meet it for legal or contractual reasons, so candidates who can demonstrate it stand out.',
    verdict: {
      importance: 'important',
      rationale:
        'Accessible interfaces are a legal and product requirement in many organisations, and developers who build them well are valued, but few hiring screens test it in depth. No cited study measures accessibility skills for frontend developers; this is the editors’ judgement.',
    },
    funnelRole: {
      value: 'force-multiplier',
      basis: 'editorial-judgement',
      rationale:
        'Accessibility is seldom a pass-or-fail interview topic for frontend roles, but visible accessibility work lifts a candidate above peers with similar framework experience.',
    },
    salaryUplift: {
      value: 'low',
      basis: 'editorial-judgement',
      rationale:
        'We hold no evidence that employers pay frontend developers more for accessibility skill, apart from specialist roles that are outside this page.',
    },
    learningRamp: {
      value: 'moderate',
      basis: 'editorial-judgement',
      rationale:
        'Semantic markup and labeled controls come quickly; managing focus in dynamic interfaces, building accessible custom widgets and testing with real screen readers take longer.',
    },
    applicability: {
      value: 'broad',
      basis: 'editorial-judgement',
      rationale:
        'The principles hold across frameworks and extend into design, content and quality-assurance work, so they survive changes of stack.',
    },
    screening: [
      {
        stage: 'entry',
        howScreened:
          'Reviewers of a take-home look for semantic elements, labeled form fields and working keyboard navigation; an interviewer may ask how a screen reader would announce a component.',
      },
      {
        stage: 'mid',
        howScreened:
          'Candidates fix an inaccessible modal or dropdown — trapping and restoring focus, adding roles and states — and describe how they would test the fix.',
      },
      {
        stage: 'senior',
        howScreened:
          'Expect a discussion of building accessibility into a component library and into continuous integration with automated checks, and of what those automated tools miss.',
      },
      {
        stage: 'staff-principal',
        howScreened:
          'Interviewers look for program-level work: audits, remediation plans, design-system standards and persuading product leadership to budget for them.',
      },
    ],
    pairings: ['html', 'css', 'react', 'automated-testing'],
    headlineFindings: [],
    findings: [],
    contextFindings: [
      'indeed-hybrid-skills',
      'stackoverflow-ai-tool-use',
      'sackett-validity-revised-down',
      'schmidt-hunter-work-samples',
    ],
    scopeNote:
      'Frontend developer is mapped to the O*NET and ESCO codes for web developers. Accessibility here covers building and testing conformant interfaces, not legal compliance advice.',
    limitations:
      'No cited study measures accessibility skill in hiring or pay. The sources show generative AI changing how much interface code is written by hand and work-sample screens predicting performance less strongly than once thought; the link to accessibility is our reasoning, not their finding.',
    adjacentQuestions: [
      'Does AI-generated interface code meet accessibility requirements without human review?',
      'Do employers with public-sector or regulated customers screen for accessibility more often?',
      'Which evidence — audits, fixed issues, component work — persuades interviewers most?',
    ],
  },
  {
    career: 'frontend-developer',
    skill: 'typescript',
    summary:
      'TypeScript has become the usual language for larger frontend codebases, adding static types to JavaScript so that teams can refactor with confidence. Interviews assume it for mid-level roles and test whether candidates use the type system to model data rather than to silence the compiler.',
    verdict: {
      importance: 'essential',
      rationale:
        'Most new frontend codebases are written in TypeScript, and O*NET marks TypeScript a Hot Technology for Web Developers: employers name it often in job postings, which is where candidates without it are filtered out.',
    },
    funnelRole: {
      value: 'gatekeeper',
      basis: 'dataset',
      datasetFact: 'onet-hot-technology',
      rationale:
        'O*NET 29.2 marks TypeScript a Hot Technology for Web Developers: employers name it often in job postings, the screen where a candidate without it is turned away.',
    },
    salaryUplift: {
      value: 'low',
      basis: 'editorial-judgement',
      rationale:
        'TypeScript is now common enough in frontend work that it rarely commands a premium on its own.',
    },
    learningRamp: {
      value: 'gentle',
      basis: 'editorial-judgement',
      rationale:
        'A JavaScript developer becomes productive within weeks; generics, conditional types and typing third-party libraries take longer to master.',
    },
    applicability: {
      value: 'broad',
      basis: 'editorial-judgement',
      rationale:
        'The same language runs on servers through Node.js and in build tooling, so the skill carries well beyond the browser.',
    },
    screening: [
      {
        stage: 'entry',
        howScreened:
          'Candidates build a small interface in TypeScript, and reviewers look for typed component props and API responses instead of loosely typed objects.',
      },
      {
        stage: 'mid',
        howScreened:
          'Interviewers ask the candidate to model a data shape with union types and narrow it safely, or to type a reusable hook or utility function.',
      },
      {
        stage: 'senior',
        howScreened:
          'The discussion covers strictness settings, sharing API contract types between frontend and backend, and migrating a JavaScript codebase in stages.',
      },
      {
        stage: 'staff-principal',
        howScreened:
          'Assessment looks at codebase-wide choices: shared type packages, types generated from API schemas, and build tooling that keeps type checks fast.',
      },
    ],
    pairings: ['javascript', 'react', 'node-js'],
    headlineFindings: [],
    findings: [],
    contextFindings: [
      'peng-copilot-task-speed',
      'stackoverflow-ai-tool-use',
      'indeed-postings-highly-transformed',
      'noy-zhang-later-use',
    ],
    scopeNote:
      'Covers TypeScript in frontend application code. Server-side use through Node.js is mentioned only where it affects frontend hiring.',
    limitations:
      'The coding experiment timed JavaScript rather than TypeScript, with freelancers on a fresh task; the survey and the postings analysis describe AI adoption across development as a whole. None isolates what TypeScript does for hiring, pay or productivity.',
    adjacentQuestions: [
      'Do compiler-caught type errors reduce the review burden of AI-generated frontend code?',
      'How often do frontend postings now require TypeScript rather than list it as preferred?',
      'Do interviewers value advanced type-level programming or see it as over-engineering?',
    ],
  },
]
