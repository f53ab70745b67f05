import type { SkillSeed } from './types'

/**
 * Skills the demo careers use. `slug` is the lower-cased name with every run of
 * non-alphanumeric characters replaced by '-'; `adjacent` lists skills that genuinely neighbour
 * this one in day-to-day work.
 */
export const skills: SkillSeed[] = [
  // Languages
  {
    slug: 'python',
    name: 'Python',
    summary:
      'A general-purpose programming language used for backend services, scripting, data analysis and machine learning, valued for its readable syntax and large library ecosystem.',
    kind: 'language',
    adjacent: ['pandas', 'pytorch', 'sql'],
  },
  {
    slug: 'sql',
    name: 'SQL',
    summary:
      'The standard language for defining, querying and changing data in relational databases, from transactional application stores to analytical warehouses.',
    kind: 'language',
    adjacent: ['postgresql', 'data-modeling', 'python'],
    aliases: ['Structured query language SQL'],
  },
  {
    slug: 'typescript',
    name: 'TypeScript',
    summary:
      'A typed superset of JavaScript that compiles to plain JavaScript, letting teams describe data shapes and catch many mistakes before code runs.',
    kind: 'language',
    adjacent: ['javascript', 'react', 'node-js'],
  },
  {
    slug: 'javascript',
    name: 'JavaScript',
    summary:
      'The programming language built into web browsers, also run on servers through runtimes such as Node.js; the base layer of nearly all interactive web interfaces.',
    kind: 'language',
    adjacent: ['typescript', 'html', 'css', 'node-js'],
  },
  {
    slug: 'go',
    name: 'Go',
    summary:
      'A compiled language designed at Google for networked services and tooling, with simple concurrency primitives; common in cloud infrastructure and backend systems.',
    kind: 'language',
    adjacent: ['docker', 'kubernetes', 'rest-api-design'],
  },
  {
    slug: 'html',
    name: 'HTML',
    summary:
      'The markup language that gives web pages their structure and meaning; semantic HTML is the foundation of accessible, searchable interfaces.',
    kind: 'language',
    adjacent: ['css', 'javascript', 'web-accessibility'],
    aliases: ['Hypertext markup language HTML'],
  },
  {
    slug: 'css',
    name: 'CSS',
    summary:
      'The style-sheet language that controls layout, typography, color and responsive behavior of web pages across screen sizes.',
    kind: 'language',
    adjacent: ['html', 'javascript', 'web-accessibility'],
    aliases: ['Cascading style sheets CSS'],
  },

  // Frameworks and tools
  {
    slug: 'bentoml',
    name: 'BentoML',
    summary:
      'An open-source Python framework for packaging trained machine-learning models as API services, bundling the model, its code and dependencies into a versioned artifact that can be built into a container image and deployed.',
    kind: 'framework-or-tool',
    adjacent: ['model-serving', 'docker', 'pytorch', 'mlops'],
  },
  {
    slug: 'pytorch',
    name: 'PyTorch',
    summary:
      'An open-source deep-learning framework for building and training neural networks in Python, widely used in research and in production machine-learning teams.',
    kind: 'framework-or-tool',
    adjacent: ['python', 'machine-learning', 'model-serving'],
  },
  {
    slug: 'docker',
    name: 'Docker',
    summary:
      'Tooling for building container images and running them as isolated processes, so a service and its dependencies behave the same on a laptop, in CI and in production.',
    kind: 'framework-or-tool',
    adjacent: ['kubernetes', 'linux', 'ci-cd'],
  },
  {
    slug: 'react',
    name: 'React',
    summary:
      'A JavaScript library for building user interfaces from reusable components, maintained by Meta and used by a large share of web applications.',
    kind: 'framework-or-tool',
    adjacent: ['typescript', 'javascript', 'css'],
  },
  {
    slug: 'node-js',
    name: 'Node.js',
    summary:
      'A JavaScript runtime for servers and command-line tools, commonly used for web APIs and for the build tooling behind modern frontend projects.',
    kind: 'framework-or-tool',
    adjacent: ['javascript', 'typescript', 'rest-api-design'],
  },
  {
    slug: 'pandas',
    name: 'pandas',
    summary:
      'A Python library for loading, cleaning, reshaping and summarizing tabular data; the everyday workbench of analysts and data scientists.',
    kind: 'framework-or-tool',
    adjacent: ['python', 'sql', 'data-visualization'],
  },
  {
    slug: 'terraform',
    name: 'Terraform',
    summary:
      'An infrastructure-as-code tool for declaring cloud resources in configuration files and applying changes to them in a planned, reviewable way.',
    kind: 'framework-or-tool',
    adjacent: ['kubernetes', 'ci-cd', 'linux'],
    aliases: ['IBM Terraform'],
  },
  {
    slug: 'prometheus',
    name: 'Prometheus',
    summary:
      'An open-source monitoring system that scrapes time-series metrics from services and evaluates alerting rules against them.',
    kind: 'framework-or-tool',
    adjacent: ['observability', 'kubernetes', 'incident-response'],
  },
  {
    slug: 'git',
    name: 'Git',
    summary:
      'A distributed version-control system for tracking changes to code, reviewing them and collaborating through branches and merges.',
    kind: 'framework-or-tool',
    adjacent: ['ci-cd', 'automated-testing'],
  },

  // Platforms
  {
    slug: 'kubernetes',
    name: 'Kubernetes',
    summary:
      'An open-source platform that schedules containers across a cluster of machines, restarts them when they fail, scales them with load and routes traffic between them.',
    kind: 'platform',
    adjacent: ['docker', 'terraform', 'observability', 'prometheus'],
  },
  {
    slug: 'postgresql',
    name: 'PostgreSQL',
    summary:
      'An open-source relational database known for standards-compliant SQL, strong consistency guarantees and extensibility.',
    kind: 'platform',
    adjacent: ['sql', 'data-modeling'],
  },
  {
    slug: 'linux',
    name: 'Linux',
    summary:
      'The family of open-source operating systems that runs most servers and containers; operating it well means knowing processes, file systems, networking and permissions.',
    kind: 'platform',
    adjacent: ['docker', 'kubernetes', 'observability'],
  },

  // Methods
  {
    slug: 'system-design',
    name: 'System Design',
    summary:
      'Designing how a software system stores data, handles load, communicates between parts and fails gracefully, and explaining the trade-offs behind those choices.',
    kind: 'method',
    adjacent: ['rest-api-design', 'data-modeling', 'observability'],
  },
  {
    slug: 'rest-api-design',
    name: 'REST API Design',
    summary:
      'Designing HTTP interfaces with clear resources, predictable errors, versioning and pagination so that other teams can build on them safely.',
    kind: 'method',
    adjacent: ['system-design', 'node-js', 'automated-testing'],
  },
  {
    slug: 'data-modeling',
    name: 'Data Modeling',
    summary:
      'Deciding how information is structured in a database — entities, relationships, keys and constraints — so that it stays correct and efficient to query as it grows.',
    kind: 'method',
    adjacent: ['sql', 'postgresql', 'system-design'],
  },
  {
    slug: 'incident-response',
    name: 'Incident Response',
    summary:
      'Detecting, coordinating and resolving production outages, communicating while they happen, and running blameless reviews afterwards so they do not recur.',
    kind: 'method',
    adjacent: ['observability', 'prometheus', 'stakeholder-communication'],
  },
  {
    slug: 'observability',
    name: 'Observability',
    summary:
      'Instrumenting systems with metrics, logs and traces so that engineers can tell what is happening inside them and why, without shipping new code.',
    kind: 'method',
    adjacent: ['prometheus', 'incident-response', 'kubernetes'],
  },
  {
    slug: 'ci-cd',
    name: 'CI/CD',
    summary:
      'Continuous integration and delivery: automatically building, testing and deploying every change so that releases are small, frequent and reversible.',
    kind: 'method',
    adjacent: ['git', 'docker', 'automated-testing'],
  },
  {
    slug: 'automated-testing',
    name: 'Automated Testing',
    summary:
      'Writing unit, integration and end-to-end tests that run on every change, so regressions are caught before users see them.',
    kind: 'method',
    adjacent: ['ci-cd', 'git'],
  },
  {
    slug: 'experiment-design',
    name: 'Experiment Design',
    summary:
      'Planning controlled experiments such as A/B tests — choosing the unit of randomization, metrics, sample size and analysis in advance — so results support causal conclusions.',
    kind: 'method',
    adjacent: ['statistics', 'causal-inference', 'product-analytics'],
  },
  {
    slug: 'causal-inference',
    name: 'Causal Inference',
    summary:
      'Methods for estimating cause and effect when clean experiments are impossible, such as difference-in-differences, instrumental variables and regression discontinuity.',
    kind: 'method',
    adjacent: ['statistics', 'experiment-design'],
  },
  {
    slug: 'mlops',
    name: 'MLOps',
    summary:
      'Practices and tooling for taking machine-learning models from training to production and keeping them healthy: versioning, automated retraining, deployment and monitoring for drift.',
    kind: 'method',
    adjacent: ['model-serving', 'bentoml', 'ci-cd', 'kubernetes'],
  },
  {
    slug: 'model-serving',
    name: 'Model Serving',
    summary:
      'Running trained models behind APIs or batch jobs with acceptable latency, throughput and cost, including batching, hardware allocation and safe rollout of new versions.',
    kind: 'method',
    adjacent: ['bentoml', 'docker', 'kubernetes', 'mlops'],
  },
  {
    slug: 'data-visualization',
    name: 'Data Visualization',
    summary:
      'Turning data into charts and dashboards that show the point clearly and honestly, chosen for the question and the audience.',
    kind: 'method',
    adjacent: ['pandas', 'stakeholder-communication', 'statistics'],
  },
  {
    slug: 'web-accessibility',
    name: 'Web Accessibility',
    summary:
      'Building web interfaces that people can use with keyboards, screen readers, magnification and other assistive technology, following the Web Content Accessibility Guidelines.',
    kind: 'method',
    adjacent: ['html', 'css', 'react'],
  },
  {
    slug: 'web-performance',
    name: 'Web Performance',
    summary:
      'Making web pages load and respond quickly by managing bundle size, rendering work, caching and network requests, and measuring what real users experience.',
    kind: 'method',
    adjacent: ['javascript', 'react', 'observability'],
  },
  {
    slug: 'product-analytics',
    name: 'Product Analytics',
    summary:
      'Measuring how people use a product — funnels, retention, feature adoption — and turning those measures into decisions about what to build next.',
    kind: 'method',
    adjacent: ['sql', 'experiment-design', 'data-visualization'],
  },
  {
    slug: 'product-discovery',
    name: 'Product Discovery',
    summary:
      'Finding out which problems are worth solving and which solutions work before committing engineering time, through interviews, prototypes and small tests.',
    kind: 'method',
    adjacent: ['user-research', 'product-analytics', 'roadmapping'],
  },
  {
    slug: 'roadmapping',
    name: 'Roadmapping',
    summary:
      'Sequencing product work against goals and constraints, and keeping the plan honest as evidence and priorities change.',
    kind: 'method',
    adjacent: ['product-discovery', 'stakeholder-communication'],
  },
  {
    slug: 'user-research',
    name: 'User Research',
    summary:
      'Studying how people actually work and what they need, through interviews, observation and usability tests, to inform product and design decisions.',
    kind: 'method',
    adjacent: ['product-discovery', 'stakeholder-communication'],
  },

  // Domains
  {
    slug: 'statistics',
    name: 'Statistics',
    summary:
      'The mathematics of learning from data under uncertainty: estimation, hypothesis testing, regression and judging how far a result generalizes.',
    kind: 'domain',
    adjacent: ['experiment-design', 'causal-inference', 'python'],
  },
  {
    slug: 'machine-learning',
    name: 'Machine Learning',
    summary:
      'Building models that learn patterns from data to make predictions or generate content, and evaluating whether they work on data they have not seen.',
    kind: 'domain',
    adjacent: ['pytorch', 'statistics', 'python'],
  },

  // Interpersonal
  {
    slug: 'stakeholder-communication',
    name: 'Stakeholder Communication',
    summary:
      'Explaining work, trade-offs and evidence to the people who depend on it or decide about it — in writing and in person — and reaching decisions they will stand behind.',
    kind: 'interpersonal',
    adjacent: ['roadmapping', 'data-visualization', 'incident-response'],
  },
  {
    slug: 'technical-writing',
    name: 'Technical Writing',
    summary:
      'Writing design documents, runbooks, decision records and documentation that let other people understand and act on technical work without a meeting.',
    kind: 'interpersonal',
    adjacent: ['stakeholder-communication', 'rest-api-design'],
  },
]
