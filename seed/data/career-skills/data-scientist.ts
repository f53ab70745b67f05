import type { CareerSkillSeed } from '../types'

export const dataScientistSkills: CareerSkillSeed[] = [
  {
    career: 'data-scientist',
    skill: 'sql',
    summary:
      'For a data scientist, SQL is the way into the company’s data: most analyses begin with a query against a warehouse. Screens check that candidates can aggregate, join and window correctly; later rounds check whether they notice when the data itself is wrong.',
    verdict: {
      importance: 'essential',
      rationale:
        'Data scientists pull their own data, and technical screens for the role almost always include a SQL exercise. No study cited here measures SQL for data scientists; this is the editors’ judgement.',
    },
    funnelRole: {
      value: 'gatekeeper',
      basis: 'editorial-judgement',
      rationale:
        'Product and analytics data-science roles almost always include a SQL screen, and failing it ends the process whatever the candidate’s modeling strength.',
    },
    salaryUplift: {
      value: 'low',
      basis: 'editorial-judgement',
      rationale:
        'SQL is a baseline expectation for data scientists, so it secures interviews rather than raising offers.',
    },
    learningRamp: {
      value: 'gentle',
      basis: 'editorial-judgement',
      rationale:
        'Analytical queries can be learned in weeks; the slower part is learning an employer’s tables, their quirks and which of them to trust.',
    },
    applicability: {
      value: 'broad',
      basis: 'editorial-judgement',
      rationale:
        'Analysts, engineers and many product and operations staff query warehouses too, so the skill travels well between roles and employers.',
    },
    screening: [
      {
        stage: 'entry',
        howScreened:
          'A timed exercise on event or order tables asks for daily active users, retention by cohort or revenue per segment, graded on correctness and edge cases.',
      },
      {
        stage: 'mid',
        howScreened:
          'Interviewers hand over a query that returns a suspicious number and ask the candidate to find the double counting, the time-zone mismatch or the filter that silently drops records.',
      },
      {
        stage: 'senior',
        howScreened:
          'Candidates explain how they would define and document a core metric in the warehouse so that different teams compute it the same way.',
      },
      {
        stage: 'staff-principal',
        howScreened:
          'The bar is stewardship: shaping the data model, metric definitions and review habits that keep an organization’s analyses consistent with each other.',
      },
    ],
    pairings: ['python', 'pandas', 'product-analytics'],
    headlineFindings: [],
    findings: [],
    contextFindings: [
      'schmidt-hunter-work-samples',
      'indeed-hybrid-skills',
      'eloundou-half-tasks',
      'sackett-validity-revised-down',
    ],
    scopeNote:
      'Covers analytical SQL — aggregation, joins, window functions and metric definitions in a warehouse — as data scientists use it. Transactional SQL inside application code is treated on the backend-developer page.',
    limitations:
      'The selection research supports work-sample tests in general, and a later reanalysis lowered their estimated validity; it does not evaluate SQL screens for data scientists. The exposure figures concern how much generative AI could change query-writing tasks, not whether data scientists who write SQL are hired or paid differently.',
    adjacentQuestions: [
      'Do SQL screens predict on-the-job performance for data scientists better than modeling exercises do?',
      'As AI assistants draft more queries, does reviewing generated SQL become the skill that matters?',
      'Do employers screen for warehouse-specific dialects, or is general SQL enough?',
    ],
  },
  {
    career: 'data-scientist',
    skill: 'experiment-design',
    summary:
      'Experiment design is what lets a data scientist say that a change caused an outcome rather than merely coincided with it. Teams that run online experiments test it closely, because an underpowered or contaminated test can steer a product the wrong way.',
    verdict: {
      importance: 'essential',
      rationale:
        'Product data science is largely the design and reading of experiments, and interview loops test it directly with case questions. The cited field experiments show what careful designs reveal; none measures the skill’s weight in hiring, so this is the editors’ judgement.',
    },
    funnelRole: {
      value: 'gatekeeper',
      basis: 'editorial-judgement',
      rationale:
        'Where a team’s work revolves around A/B tests, interviewers treat weak answers on randomization and statistical power as disqualifying.',
    },
    salaryUplift: {
      value: 'moderate',
      basis: 'editorial-judgement',
      rationale:
        'Sound experimentation is scarcer than general analysis skill, which can help at the offer stage, though no cited source measures a premium.',
    },
    learningRamp: {
      value: 'steep',
      basis: 'editorial-judgement',
      rationale:
        'Choosing metrics, estimating power, handling interference between users and reading results without peeking all take repeated practice on top of statistical grounding.',
    },
    applicability: {
      value: 'broad',
      basis: 'editorial-judgement',
      rationale:
        'The same reasoning serves product testing, marketing, operations research and policy evaluation, and it outlasts any particular experimentation platform.',
    },
    screening: [
      {
        stage: 'entry',
        howScreened:
          'Candidates plan a simple A/B test aloud: the unit of randomization, the primary metric, the guardrails and how long the test should run.',
      },
      {
        stage: 'mid',
        howScreened:
          'Interviewers present a finished test with a surprising result and ask what could explain it, such as a sample-ratio mismatch, a novelty effect or a metric that moved for the wrong reason.',
      },
      {
        stage: 'senior',
        howScreened:
          'The case is a test that cannot be cleanly randomized, such as a marketplace with spillovers between buyers and sellers, and the candidate must propose a design and state what it cannot rule out.',
      },
      {
        stage: 'staff-principal',
        howScreened:
          'Assessment looks at the experimentation practice the candidate built: guardrail metrics, review of test plans, and how the organization stopped shipping on noise.',
      },
    ],
    pairings: ['statistics', 'causal-inference', 'product-analytics'],
    headlineFindings: [],
    findings: [],
    contextFindings: [
      'noy-zhang-writing-speed-quality',
      'kline-contact-gap',
      'dellacqua-outside-frontier',
      'bertrand-callback-gap',
    ],
    scopeNote:
      'Covers designing and reading controlled experiments — online A/B tests and related quasi-experiments — as data scientists practice them. The cited studies appear as worked examples of experimental design, not as measures of what the skill is worth in the labor market.',
    limitations:
      'None of the cited studies measures demand for experimentation skill or its pay. Each is included because it shows a design choice the skill depends on — pre-registration, randomizing a single attribute, testing inside and outside a tool’s competence — and its own limits show how far one experiment can be generalized.',
    adjacentQuestions: [
      'How do hiring teams test experimentation judgment when a candidate’s previous employer ran few tests?',
      'Does experience with quasi-experimental methods count toward the same requirement?',
      'Are experimentation platforms reducing the need for design skill, or moving it into reviewing test plans?',
    ],
  },
  {
    career: 'data-scientist',
    skill: 'python',
    summary:
      'Python is the working language of most data scientists, used to pull data, clean it, fit models and draw charts. Screens check fluent data manipulation more than software engineering, though senior roles increasingly expect analysis code that others can rerun and maintain.',
    verdict: {
      importance: 'essential',
      rationale:
        'Analysis, modelling and most of the role’s tooling run in Python, and take-home exercises for data scientists are usually set in it. No study cited here measures Python for data scientists; this is the editors’ judgement.',
    },
    funnelRole: {
      value: 'gatekeeper',
      basis: 'editorial-judgement',
      rationale:
        'A practical notebook or coding round is standard in data-science hiring, and candidates who cannot manipulate data fluently in Python, or an equivalent such as R, rarely pass it.',
    },
    salaryUplift: {
      value: 'low',
      basis: 'editorial-judgement',
      rationale:
        'Python is assumed for most data-science openings, so it earns a place in the process rather than a higher offer.',
    },
    learningRamp: {
      value: 'moderate',
      basis: 'editorial-judgement',
      rationale:
        'Basic pandas work comes within weeks, but writing analyses that are correct at scale, tested and reproducible takes much longer.',
    },
    applicability: {
      value: 'broad',
      basis: 'editorial-judgement',
      rationale:
        'The language carries into machine-learning engineering, backend services and automation, which keeps options open beyond data science.',
    },
    screening: [
      {
        stage: 'entry',
        howScreened:
          'A take-home notebook asks the candidate to clean a messy dataset, answer a handful of questions and explain each step; reviewers read for correctness and clarity.',
      },
      {
        stage: 'mid',
        howScreened:
          'Interviewers pair on a live analysis and watch how the candidate structures a pandas workflow, checks intermediate results and avoids losing rows in merges without noticing.',
      },
      {
        stage: 'senior',
        howScreened:
          'Candidates discuss turning analysis code into reusable packages or scheduled pipelines, with tests, pinned dependencies and clear ownership.',
      },
      {
        stage: 'staff-principal',
        howScreened:
          'Assessment covers shared tooling the candidate created — internal libraries, project templates and standards that made a team’s analyses reproducible.',
      },
    ],
    pairings: ['pandas', 'sql', 'statistics', 'data-visualization'],
    headlineFindings: [],
    findings: [],
    contextFindings: [
      'eloundou-half-tasks',
      'noy-zhang-later-use',
      'brynjolfsson-novice-gain',
      'stackoverflow-ai-tool-use',
    ],
    scopeNote:
      'Covers Python for analysis and modeling in data-science roles. Production engineering in Python is treated on the backend-developer and machine-learning-engineer pages.',
    limitations:
      'The exposure estimate, the follow-up on tool adoption and the support-agent study all point to AI assistance reshaping routine analytical work and helping newcomers most, but none observed data scientists. Whether fluent Python remains a differentiator once assistants write much of it is an open question the evidence does not settle.',
    adjacentQuestions: [
      'Do interviewers now allow AI assistants during take-home analyses, and how do they grade the result?',
      'Is R still accepted as an equivalent in data-science hiring?',
      'Which habits — testing, packaging, version control — most often separate mid-level from senior analysis code?',
    ],
  },
]
