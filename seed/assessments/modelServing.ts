import type { RubricItem } from '../../lib/assessment/instrument'
import { AGREEMENT_SCALE, likert } from './likert'
import type { AssessmentSeed } from './types'

const PACKAGING = 'Packaging a model as a service'
const PERFORMANCE = 'Serving performance'
const OPERATIONS = 'Running it in production'

const rubric = (
  key: string,
  dimension: string,
  group: string,
  text: string,
  levels: string[],
): RubricItem => ({
  key,
  type: 'rubric',
  dimension,
  group,
  text,
  levels: levels.map((description, index) => ({ value: index + 1, description })),
  allowEvidence: true,
})

export const modelServing: AssessmentSeed = {
  slug: 'bentoml-model-serving',
  title: 'Model serving with BentoML: skill level',
  kind: 'skill-level',
  skill: 'bentoml',
  summary:
    'Twelve questions on packaging, speeding up and operating model services with BentoML, half of them scored by concrete levels of what you have actually done.',
  instructions:
    'For the statements, say how far you agree. For the level questions, pick the highest level you have actually reached on real work, not what you could do in theory. You may note what you built as evidence; it is kept with your result but does not change the score.',
  estimatedMinutes: 8,
  scaleLabels: AGREEMENT_SCALE,
  dimensions: [
    {
      key: 'packaging',
      label: 'Packaging',
      description: 'Turning a trained model into a versioned, reproducible service.',
    },
    {
      key: 'performance',
      label: 'Performance',
      description: 'Making a model endpoint fast and cheap enough for its traffic.',
    },
    {
      key: 'operations',
      label: 'Operations',
      description: 'Deploying, watching and safely updating model services.',
    },
  ],
  items: [
    likert(
      'p1',
      'packaging',
      PACKAGING,
      'I can define a BentoML service that loads a saved model and exposes a typed API endpoint without copying a tutorial line by line.',
    ),
    likert(
      'p2',
      'packaging',
      PACKAGING,
      "I know how to pin a model service's Python dependencies so its image builds the same way next month.",
    ),
    rubric(
      'p3',
      'packaging',
      PACKAGING,
      'Which best describes the most advanced model service you have packaged?',
      [
        'I have run models only inside a notebook or a script; none has sat behind an HTTP endpoint.',
        'I followed a quickstart to serve an example model on my laptop and called it with curl.',
        'I packaged one of my own models with input validation, built a container image from it and ran that image on another machine.',
        'I packaged several models, one with custom pre- and post-processing, as versioned builds a teammate could deploy without asking me.',
      ],
    ),
    rubric('p4', 'packaging', PACKAGING, 'How do you keep track of which model version a service runs?', [
      'I overwrite the model file whenever I retrain.',
      'Models sit in a store with tags, and I pick the version by hand at build time.',
      'Every build names an exact model version, and I can tell which version answered a given request.',
      'Promotion between versions is scripted, and rolling back to the previous one is a tested single step.',
    ]),

    likert(
      'f1',
      'performance',
      PERFORMANCE,
      'I can explain when adaptive batching helps a model endpoint and when it only adds latency.',
    ),
    likert(
      'f2',
      'performance',
      PERFORMANCE,
      "I have measured a model service's latency percentiles under load rather than timing single requests.",
    ),
    rubric(
      'f3',
      'performance',
      PERFORMANCE,
      'What have you done to make a model endpoint handle more traffic?',
      [
        'Nothing yet: my services have only had a few requests at a time.',
        'I added replicas or moved to a bigger machine when it got slow.',
        'I profiled the service, turned on batching or tuned workers, and compared throughput before and after.',
        'I set latency and throughput targets, load-tested against them, and split CPU pre-processing from GPU inference to meet them.',
      ],
    ),
    rubric(
      'f4',
      'performance',
      PERFORMANCE,
      'How have you dealt with a model too slow or too large for its hardware?',
      [
        'I have not run into this yet.',
        'I switched to a smaller model or a larger instance.',
        'I applied one optimisation, such as quantisation or a compiled runtime, and checked accuracy afterwards.',
        'I compared several optimisations on accuracy, latency and cost, and wrote the numbers down for the team before choosing.',
      ],
    ),

    likert(
      'o1',
      'operations',
      OPERATIONS,
      'I can deploy a containerised model service to Kubernetes or a managed platform and expose it safely.',
    ),
    likert(
      'o2',
      'operations',
      OPERATIONS,
      'I know which metrics and logs tell a broken model service apart from a merely slow one.',
    ),
    rubric('o3', 'operations', OPERATIONS, 'How is a model service you run monitored?', [
      'I look at it by hand when someone reports a problem.',
      'It has a health check and basic request logs.',
      'It exports latency, error and throughput metrics to a dashboard, with alerts on them.',
      'Besides service metrics, input and prediction distributions are tracked, so drift or bad data raise an alert.',
    ]),
    rubric(
      'o4',
      'operations',
      OPERATIONS,
      'What happens when a new model version misbehaves in production?',
      [
        'I have not yet shipped a model update to real users.',
        'We hear about it from complaints and redeploy the old version by hand.',
        'We release through a canary or staged rollout and can roll back within minutes.',
        'Rollouts are gated on automatic checks against live metrics and roll back with nobody stepping in.',
      ],
    ),
  ],
  // Each rule's advice is for a reader still at beginner level on its dimension (see
  // lib/assessment/recommend), and each cites a finding that supports that advice itself.
  rules: [
    {
      career: 'backend-developer',
      skill: 'bentoml',
      dimension: 'packaging',
      reason:
        'Package one model of your own end to end — typed API, pinned dependencies, a container image someone else can run — and keep it as a work sample you can show: work-sample tests are among the best predictors of job performance that hiring research has measured.',
      finding: 'schmidt-hunter-work-samples',
    },
    {
      career: 'machine-learning-engineer',
      skill: 'bentoml',
      dimension: 'performance',
      reason:
        'Load-test a model service against a latency target, try batching, and write down what you measured and why you chose what you did: it gives you a concrete account of your own work for a structured interview, the most valid common selection method in the re-analysis cited here.',
      finding: 'sackett-structured-interview-top',
    },
    {
      career: 'site-reliability-engineer',
      skill: 'kubernetes',
      dimension: 'operations',
      reason:
        'Run one model service on a cluster with metrics, alerts and a staged rollout, and keep the setup as a work sample: showing that you have operated a service says more than describing it.',
      finding: 'schmidt-hunter-work-samples',
    },
  ],
  synthetic: { seed: 20240612, respondents: 200, retakes: 30, sharedFactor: 0.5 },
}
