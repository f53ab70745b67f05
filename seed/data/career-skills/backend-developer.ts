import type { CareerSkillSeed } from '../types'

export const backendDeveloperSkills: CareerSkillSeed[] = [
  {
    career: 'backend-developer',
    skill: 'bentoml',
    summary:
      'BentoML lets a backend developer wrap a trained model as a versioned API service with its own dependencies and container image. For most backend roles it is an occasional tool rather than a hiring requirement; it matters where a product team ships its own machine-learning features and no platform team owns serving.',
    verdict: {
      importance: 'useful',
      rationale:
        'BentoML helps where a backend team ships its own machine-learning features and no platform team owns serving; elsewhere it is an occasional tool. No cited study measures BentoML or backend developers who use it, so this is the editors’ judgement from what the framework does and how backend roles are staffed.',
    },
    funnelRole: {
      value: 'force-multiplier',
      basis: 'editorial-judgement',
      rationale:
        'Backend postings that name BentoML list it beside core service skills, so a candidate who already builds and runs APIs is rarely turned away for lacking it.',
    },
    salaryUplift: {
      value: 'low',
      basis: 'editorial-judgement',
      rationale:
        'No source we hold prices BentoML for backend developers, and the framework is niche enough that pay follows the broader service-engineering level instead.',
    },
    learningRamp: {
      value: 'gentle',
      basis: 'editorial-judgement',
      rationale:
        'A developer who already writes Python services and Dockerfiles can serve a first model within days; batching, GPU scheduling and model versioning are the slower lessons, and they belong to machine-learning operations more than to the framework.',
    },
    applicability: {
      value: 'narrow',
      basis: 'editorial-judgement',
      rationale:
        'Outside teams that deploy their own models, backend developers seldom touch BentoML, and many machine-learning groups standardize on other serving stacks.',
    },
    screening: [
      {
        stage: 'entry',
        howScreened:
          'Rarely checked. At most a take-home asks the candidate to put a provided model behind an endpoint, and reviewers grade the API design and tests rather than framework fluency.',
      },
      {
        stage: 'mid',
        howScreened:
          'Raised when the team already runs BentoML: interviewers ask how the candidate would add input validation, request batching and health checks to a model service, and how they would roll back a bad model version.',
      },
      {
        stage: 'senior',
        howScreened:
          'Probed in a design conversation about where model serving should live — inside the product backend, in a separate service or on a managed platform — and what each option costs in latency, deployment coupling and on-call load.',
      },
      {
        stage: 'staff-principal',
        howScreened:
          'Judged from past decisions: whether the candidate standardized model serving across teams, retired duplicate stacks, and can explain the trade-off against a managed inference service.',
      },
    ],
    pairings: ['docker', 'python', 'model-serving', 'kubernetes'],
    headlineFindings: [],
    findings: [],
    contextFindings: ['peng-copilot-task-speed', 'eloundou-task-exposure'],
    scopeNote:
      'Backend developer here means an engineer who builds and operates server-side services and APIs, mapped to the O*NET and ESCO codes for software developers. BentoML means the open-source Python serving framework, not the company’s hosted cloud product.',
    limitations:
      'No study cited here measures BentoML, model serving or backend hiring. The coding experiment measures developers finishing one task with an AI assistant, and the exposure estimate covers occupations at large: context for the work around the framework, not evidence of its value on a backend résumé.',
    adjacentQuestions: [
      'Do backend postings that mention model serving pay more than comparable postings that do not?',
      'When product teams own their model services, how much on-call load shifts onto backend developers?',
      'Do interviewers accept experience with other serving stacks as equivalent, or screen for the exact tool?',
    ],
  },
  {
    career: 'backend-developer',
    skill: 'sql',
    summary:
      'SQL is how most backend services read and change their data, so interviewers treat it as core competence rather than a bonus. What separates levels is less syntax than schema design, query plans and keeping migrations safe on a live database.',
    verdict: {
      importance: 'essential',
      rationale:
        'Almost every backend service stores and queries relational data, and O*NET marks SQL a Hot Technology for Software Developers, the occupation backend developers belong to: employers name it often in job postings, which is where candidates without it are filtered out.',
    },
    funnelRole: {
      value: 'gatekeeper',
      basis: 'dataset',
      datasetFact: 'onet-hot-technology',
      rationale:
        'O*NET 29.2 marks SQL (“Structured query language SQL”) a Hot Technology for Software Developers: employers name it often in job postings, the screen where a candidate without it is turned away.',
    },
    salaryUplift: {
      value: 'low',
      basis: 'editorial-judgement',
      rationale:
        'Nearly every backend hire is expected to know SQL, so it keeps candidates in the process more than it lifts an offer; pay differences come from scale and ownership.',
    },
    learningRamp: {
      value: 'moderate',
      basis: 'editorial-judgement',
      rationale:
        'Basic queries come quickly, but reading execution plans, choosing isolation levels and writing reversible migrations take months of work against production data.',
    },
    applicability: {
      value: 'broad',
      basis: 'editorial-judgement',
      rationale:
        'The same language serves web backends, data engineering, analytics and most database products, so it stays useful through changes of stack or employer.',
    },
    screening: [
      {
        stage: 'entry',
        howScreened:
          'A live or take-home exercise asks for queries against a small schema — joins, grouping, a window function — and checks correctness, including how missing values and duplicate rows are handled.',
      },
      {
        stage: 'mid',
        howScreened:
          'Candidates get a slow endpoint and the query behind it, and must find the missing index or the query-per-row loop in the application code, then justify the fix with an execution plan.',
      },
      {
        stage: 'senior',
        howScreened:
          'The conversation turns to schema evolution: adding a column or splitting a table on a busy database without downtime, and keeping every migration reversible.',
      },
      {
        stage: 'staff-principal',
        howScreened:
          'Interviewers look for judgment about data ownership across services — when to share a database, when to replicate, and how to keep reporting workloads off the transactional store.',
      },
    ],
    pairings: ['postgresql', 'data-modeling', 'python'],
    headlineFindings: [],
    findings: [],
    contextFindings: [
      'sackett-structured-interview-top',
      'peng-copilot-task-speed',
      'bls-software-median-pay',
      'schmidt-hunter-work-samples',
      'indeed-hybrid-skills',
    ],
    scopeNote:
      'Covers SQL as used inside application backends: transactional queries, schema design and migrations on relational databases such as PostgreSQL. Analytical SQL for reporting is treated on the data-scientist page.',
    limitations:
      'The validity estimates describe interview formats in general, not SQL exercises; the coding experiment timed a web-server task rather than database work; and the pay figure is an occupation-wide median. No cited study isolates what SQL skill adds to a backend developer’s offer.',
    adjacentQuestions: [
      'Do AI coding assistants help more with writing queries or with diagnosing slow ones?',
      'How often do backend interviews still include a hand-written SQL exercise?',
      'Does deep experience with one relational database count fully when a team runs another?',
    ],
  },
  {
    career: 'backend-developer',
    skill: 'docker',
    summary:
      'Docker packages a backend service and its dependencies into an image that runs the same on a laptop, in continuous integration and in production. Employers now assume working familiarity; depth shows in small, secure images and in debugging containers that misbehave.',
    verdict: {
      importance: 'important',
      rationale:
        'Containers are how most backend services are built, shipped and run, so fluency with Docker makes a developer productive from the first week; teams with a platform group often teach it on the job, which is why a gap is seldom fatal.',
    },
    funnelRole: {
      value: 'force-multiplier',
      basis: 'editorial-judgement',
      rationale:
        'Interviewers seldom reject a strong backend candidate for thin Docker experience because the basics are learned on the job, but fluency shortens onboarding where everything ships as containers.',
    },
    salaryUplift: {
      value: 'low',
      basis: 'editorial-judgement',
      rationale:
        'Container basics are a common expectation for backend work, so they rarely move an offer on their own.',
    },
    learningRamp: {
      value: 'gentle',
      basis: 'editorial-judgement',
      rationale:
        'A working Dockerfile takes an afternoon; the slower lessons concern layer caching, image size, running as an unprivileged user and reading container logs under pressure.',
    },
    applicability: {
      value: 'broad',
      basis: 'editorial-judgement',
      rationale:
        'Containers run across backend, data, machine-learning and operations work, and the image format is shared by other container tools, so the knowledge carries over.',
    },
    screening: [
      {
        stage: 'entry',
        howScreened:
          'Candidates may containerize a small service and explain each line of their Dockerfile; reviewers check that the build succeeds and the container starts cleanly.',
      },
      {
        stage: 'mid',
        howScreened:
          'Expect questions on multi-stage builds, caching dependencies between builds, and passing configuration through the environment instead of baking secrets into images.',
      },
      {
        stage: 'senior',
        howScreened:
          'Interviewers ask how the candidate would trace a container that works locally but crashes in production, covering memory limits, missing system libraries and differences between base images.',
      },
      {
        stage: 'staff-principal',
        howScreened:
          'The focus moves to policy: base-image standards, vulnerability scanning in the pipeline, and keeping hundreds of images patched without blocking releases.',
      },
    ],
    pairings: ['kubernetes', 'ci-cd', 'linux'],
    headlineFindings: [],
    findings: [],
    contextFindings: [
      'stackoverflow-ai-tool-use',
      'eloundou-task-exposure',
      'bls-software-employment-growth',
      'indeed-hybrid-skills',
    ],
    scopeNote:
      'Docker here means building and running container images for backend services, including Dockerfiles and local multi-container setups. Running containers at cluster scale is covered under Kubernetes.',
    limitations:
      'The cited sources describe developer tool use, how exposed tasks are to language models and overall job growth; none measures whether Docker experience changes hiring outcomes or pay for backend developers. The developer survey is self-selected and run by a vendor.',
    adjacentQuestions: [
      'How much Dockerfile writing do AI assistants now handle acceptably, and what do reviewers still catch?',
      'Do employers distinguish Docker experience from experience with other container tools?',
      'Is container security screened separately from everyday Docker use?',
    ],
  },
  {
    career: 'backend-developer',
    skill: 'system-design',
    summary:
      'System design is where backend interviews separate levels: candidates sketch how a service stores data, absorbs load, fails and recovers. It is rarely tested for junior hires and almost always decisive for senior ones.',
    verdict: {
      importance: 'essential',
      rationale:
        'Design interviews decide most mid-level and senior backend hires, and the work itself is judged on how services hold up under load and failure. No cited study measures system design for backend developers; this is the editors’ judgement.',
    },
    funnelRole: {
      value: 'gatekeeper',
      basis: 'editorial-judgement',
      rationale:
        'For senior backend hiring the design round is commonly pass-or-fail, and a weak showing there outweighs strong coding rounds.',
    },
    salaryUplift: {
      value: 'high',
      basis: 'editorial-judgement',
      rationale:
        'Design ability is what moves engineers into senior and staff bands, where backend pay spreads most, although no cited study prices the skill directly.',
    },
    learningRamp: {
      value: 'steep',
      basis: 'editorial-judgement',
      rationale:
        'It builds over years of owning services through growth and outages; reading about patterns helps, but interviewers listen for trade-offs learned on real systems.',
    },
    applicability: {
      value: 'role-specific',
      basis: 'editorial-judgement',
      rationale:
        'Other engineers who own distributed services use it too, but its backend form — partitioning data, choosing consistency, queueing work — is specific to server-side systems.',
    },
    screening: [
      {
        stage: 'entry',
        howScreened:
          'Usually light or absent: an interviewer may ask how the candidate would store and fetch the data for a small feature, listening for sensible tables and endpoint shapes.',
      },
      {
        stage: 'mid',
        howScreened:
          'A structured session asks for the design of a familiar service, such as a link shortener or a notification system, scored against a rubric for requirements, data model and scaling steps.',
      },
      {
        stage: 'senior',
        howScreened:
          'The prompt is open-ended, and the interviewer presses on failure modes, consistency choices, capacity estimates and how the design would be rolled out in stages.',
      },
      {
        stage: 'staff-principal',
        howScreened:
          'Assessed through past architecture decisions and written design documents: what the candidate chose, what it cost, and how they brought other teams along.',
      },
    ],
    pairings: ['rest-api-design', 'data-modeling', 'observability'],
    headlineFindings: [],
    findings: [],
    contextFindings: [
      'sackett-structured-interview-top',
      'schmidt-hunter-combination',
      'dellacqua-outside-frontier',
      'sackett-validity-revised-down',
    ],
    scopeNote:
      'Covers the design of server-side systems — storage, interfaces, scaling and reliability — as assessed in backend hiring. Frontend architecture and machine-learning system design are separate interviews and are not covered here.',
    limitations:
      'The selection meta-analyses pool many occupations and interview types, so they support structured, rubric-scored design interviews in general rather than any particular prompt. The consulting experiment shows AI misleading people on a task outside its competence, which is suggestive for design judgment but was not a software study.',
    adjacentQuestions: [
      'How well do design-interview scores predict later performance for backend engineers specifically?',
      'Do take-home design documents screen as well as live whiteboard sessions?',
      'Are candidates now expected to say where they would and would not rely on AI tools within a design?',
    ],
  },
]
