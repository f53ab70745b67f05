import type { CareerSkillSeed } from '../types'

export const machineLearningEngineerSkills: CareerSkillSeed[] = [
  {
    career: 'machine-learning-engineer',
    skill: 'bentoml',
    summary:
      'For a machine learning engineer, BentoML is one of several ways to turn a trained model into a service with adaptive batching, versioned artifacts and a container image. Teams that have adopted it screen for it directly; elsewhere, general serving experience counts for more than the particular framework.',
    verdict: {
      importance: 'useful',
      rationale:
        'BentoML is one of several ways to serve models; teams that use it value it, and teams on other stacks accept equivalent experience. No cited study measures it for machine-learning engineers; this is the editors’ judgement.',
    },
    funnelRole: {
      value: 'force-multiplier',
      basis: 'editorial-judgement',
      rationale:
        'Hiring managers look for model-serving experience broadly, so BentoML knowledge helps most when it matches the stack the team already runs.',
    },
    salaryUplift: {
      value: 'moderate',
      basis: 'editorial-judgement',
      rationale:
        'Deployment experience is scarcer among machine-learning candidates than modeling experience, which can strengthen an offer, but we hold no pay data for BentoML itself.',
    },
    learningRamp: {
      value: 'moderate',
      basis: 'editorial-judgement',
      rationale:
        'Getting a first service running is quick, while tuning adaptive batching, GPU resource settings and packaging models with heavy native dependencies takes sustained practice.',
    },
    applicability: {
      value: 'role-specific',
      basis: 'editorial-judgement',
      rationale:
        'It is used by engineers who deploy models; the serving concepts transfer to other frameworks, but the tool itself matters little outside machine-learning teams.',
    },
    screening: [
      {
        stage: 'entry',
        howScreened:
          'A portfolio project that serves a model behind an API, in a container, with a simple load test is the usual evidence; interviewers ask what broke as traffic rose.',
      },
      {
        stage: 'mid',
        howScreened:
          'Interviewers walk through a serving design: how requests are batched, how model versions are promoted, and how latency and throughput are measured before a release.',
      },
      {
        stage: 'senior',
        howScreened:
          'Candidates compare serving options for a given model and traffic pattern — a framework like BentoML, a dedicated inference server or a managed endpoint — and defend the cost and reliability trade-offs.',
      },
      {
        stage: 'staff-principal',
        howScreened:
          'Evidence comes from platform work: a shared serving layer that other teams adopted, with rollout, monitoring and rollback practices that cut incidents.',
      },
    ],
    pairings: ['pytorch', 'docker', 'kubernetes', 'mlops'],
    headlineFindings: [],
    findings: [],
    contextFindings: [
      'brynjolfsson-resolutions-per-hour',
      'eloundou-half-tasks',
      'indeed-skills-highest-exposure',
      'wef-skill-change',
    ],
    scopeNote:
      'Machine learning engineer here means someone who trains, packages and operates models in production; O*NET and ESCO have no separate code, so the role is mapped to software developers. BentoML refers to the open-source framework.',
    limitations:
      'The support-agent study shows what a deployed model can do for the people who use it, not what serving skill is worth to the engineer who ships it. The exposure estimates are model-based ratings of tasks, and nothing cited compares BentoML with other serving stacks.',
    adjacentQuestions: [
      'Which serving stacks appear most often in machine learning engineer postings, and how stable is that mix?',
      'Does deployment experience shorten time to offer for candidates coming from research?',
      'How much serving work moves onto managed platforms as machine-learning teams grow?',
    ],
  },
  {
    career: 'machine-learning-engineer',
    skill: 'pytorch',
    summary:
      'PyTorch is the framework in which most machine learning engineers train and fine-tune neural networks, so interviews take it for granted and probe how well a candidate debugs training, manages memory and moves a model toward production.',
    verdict: {
      importance: 'essential',
      rationale:
        'Most model training and research code in machine-learning engineering is written in PyTorch, and interviews for the role usually include writing or debugging training code in it. No cited study measures PyTorch for this career; this is the editors’ judgement.',
    },
    funnelRole: {
      value: 'gatekeeper',
      basis: 'editorial-judgement',
      rationale:
        'Teams that build or adapt neural networks expect hands-on PyTorch work, and a candidate without it usually cannot get through the practical coding round.',
    },
    salaryUplift: {
      value: 'moderate',
      basis: 'editorial-judgement',
      rationale:
        'In our reading of postings, roles that demand deep-learning framework skill cluster in the better-paid engineering bands, but no cited source measures a PyTorch premium.',
    },
    learningRamp: {
      value: 'steep',
      basis: 'editorial-judgement',
      rationale:
        'A training loop is easy to write; diagnosing divergence, data-loading bottlenecks, mixed precision and multi-device training takes long practice on real workloads.',
    },
    applicability: {
      value: 'role-specific',
      basis: 'editorial-judgement',
      rationale:
        'Valuable wherever neural networks are built or adapted, but rarely used by engineers outside machine-learning and research teams.',
    },
    screening: [
      {
        stage: 'entry',
        howScreened:
          'Candidates implement or repair a small training loop — a dataset class, a model, a loss — and explain why the loss is or is not falling.',
      },
      {
        stage: 'mid',
        howScreened:
          'Interviewers present a training run that is slow or unstable and ask for a diagnosis covering data loading, learning rate, gradient checks and device placement.',
      },
      {
        stage: 'senior',
        howScreened:
          'The discussion covers scaling training across devices, exporting or compiling models for inference, and deciding when fine-tuning a pretrained model beats training from scratch.',
      },
      {
        stage: 'staff-principal',
        howScreened:
          'Assessment centers on choices that shaped a team’s stack: framework migrations, shared training infrastructure and standards for reproducible experiments.',
      },
    ],
    pairings: ['python', 'machine-learning', 'model-serving'],
    headlineFindings: [],
    findings: [],
    contextFindings: [
      'peng-copilot-task-speed',
      'brynjolfsson-novice-gain',
      'eloundou-task-exposure',
      'stackoverflow-ai-tool-use',
    ],
    scopeNote:
      'Covers PyTorch for training, fine-tuning and exporting models in an engineering role. Research-scientist hiring, which weighs publications and new methods, is out of scope.',
    limitations:
      'The coding experiment and the support study both found AI assistance helping less experienced people most, which may shorten the PyTorch learning curve, but neither measured machine-learning work. No cited source compares PyTorch with other frameworks or prices the skill.',
    adjacentQuestions: [
      'Do coding assistants help more with boilerplate training code or with debugging failed runs?',
      'How often do machine-learning interviews now include a take-home exercise on a real dataset?',
      'Is experience fine-tuning pretrained models weighted differently from training models from scratch?',
    ],
  },
]
