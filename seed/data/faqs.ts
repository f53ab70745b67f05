import type { FaqSeed } from './types'

/** Reader questions. Every number in an answer appears in one of the findings it cites. */
export const faqs: FaqSeed[] = [
  {
    key: 'will-ai-replace-backend-developers',
    question: 'Will generative AI replace backend developers?',
    answer:
      'The evidence points to changed work rather than vanished work. Indeed’s analysis of almost 2,900 skills judged only 19 of them, 0.7%, very likely to be fully replaced, while 26% of recent postings could be highly transformed. For backend developers that suggests more reviewing, integrating and owning AI-assisted output, not less engineering.',
    cites: ['indeed-full-replacement', 'indeed-postings-highly-transformed'],
    careers: ['backend-developer'],
    skills: [],
    topic: 'ai-exposure',
  },
  {
    key: 'how-much-does-chatgpt-speed-up-work',
    question: 'How much does ChatGPT actually speed up professional work?',
    answer:
      'In the best-known controlled experiment, 453 professionals given ChatGPT finished short writing tasks in 40% less time, and graders rated their results 18% higher. Those were brief, self-contained tasks, so the gains should not be assumed for long projects or large codebases.',
    cites: ['noy-zhang-writing-speed-quality'],
    careers: ['product-manager'],
    skills: ['stakeholder-communication'],
    topic: 'ai-productivity',
  },
  {
    key: 'do-coding-assistants-make-developers-faster',
    question: 'Do coding assistants make developers faster?',
    answer:
      'One controlled experiment found developers with GitHub Copilot finished an HTTP server 55.8% faster, but it involved 95 freelancers on a single fresh task and was written by researchers at the tool’s vendor. Adoption is widespread regardless: 76% of respondents to Stack Overflow’s 2024 survey used or planned to use AI tools.',
    cites: ['peng-copilot-task-speed', 'stackoverflow-ai-tool-use'],
    careers: ['backend-developer', 'frontend-developer'],
    skills: ['typescript'],
    topic: 'ai-productivity',
  },
  {
    key: 'do-beginners-gain-more-from-ai',
    question: 'Do less experienced workers gain more from AI assistance?',
    answer:
      'In a study of 5,172 support agents, an AI assistant raised issues resolved per hour by 15% on average and by about 30% for less experienced, lower-skilled agents, while the most experienced gained little. Whether the same pattern holds for software or data work has not been shown.',
    cites: ['brynjolfsson-resolutions-per-hour', 'brynjolfsson-novice-gain'],
    careers: ['machine-learning-engineer', 'data-scientist', 'site-reliability-engineer'],
    skills: [],
    topic: 'skills-and-learning',
  },
  {
    key: 'can-ai-make-work-worse',
    question: 'Can relying on AI make work worse?',
    answer:
      'Yes, on the wrong kind of task. Consultants using AI on a problem chosen to sit outside the model’s competence were 19 percentage points less likely to get it right, even though the same tool helped them complete 12.2% more tasks elsewhere. The practical skill is knowing which side of that line a task falls on.',
    cites: ['dellacqua-outside-frontier', 'dellacqua-inside-frontier'],
    careers: ['site-reliability-engineer', 'data-scientist'],
    skills: ['incident-response'],
    topic: 'ai-productivity',
  },
  {
    key: 'how-fast-are-skills-changing',
    question: 'How quickly are job skills changing?',
    answer:
      'Employers expect 39% of workers’ core skills to be transformed or outdated between 2025 and 2030, down from 44% in the 2023 edition of the same survey. Treat the figure as a rough signal of churn rather than a measurement of any particular job.',
    cites: ['wef-skill-change'],
    careers: ['site-reliability-engineer', 'machine-learning-engineer'],
    skills: [],
    topic: 'skills-and-learning',
  },
  {
    key: 'which-interviews-predict-performance',
    question: 'Which interview formats best predict job performance?',
    answer:
      'A reanalysis of decades of selection research ranked structured interviews first, at a mean validity of 0.42, and placed work-sample tests at 0.33, well below the 0.54 an earlier meta-analysis reported for them. Unstructured interviews trailed even in the earlier estimates, at 0.38. For candidates, rubric-scored design and coding rounds deserve serious preparation.',
    cites: ['sackett-structured-interview-top', 'schmidt-hunter-work-samples'],
    careers: ['backend-developer'],
    skills: ['system-design'],
    topic: 'hiring-and-screening',
  },
  {
    key: 'does-a-name-affect-callbacks',
    question: 'Does a candidate’s name affect callbacks?',
    answer:
      'Field experiments say it can. Résumés with White-sounding names drew 50% more callbacks in Boston and Chicago, and a later study of more than 83,000 applications to 108 large US employers found that distinctively Black names lowered contact rates by 2.1 percentage points. Neither study looked at technical hiring specifically.',
    cites: ['bertrand-callback-gap', 'kline-contact-gap'],
    careers: [],
    skills: ['experiment-design'],
    topic: 'hiring-and-screening',
  },
  {
    key: 'are-communication-skills-worth-it-for-technical-people',
    question: 'Are communication skills worth developing for technical people?',
    answer:
      'Labor-market data suggest so. Jobs needing high social interaction grew by nearly 12 percentage points as a share of US employment from 1980 to 2012, while math-intensive jobs with low social demands shrank by 3.3 points. Roles combining analytical and social skill fared best.',
    cites: ['deming-social-jobs-growth', 'deming-math-nonsocial-decline'],
    careers: ['product-manager', 'data-scientist'],
    skills: ['stakeholder-communication'],
    topic: 'labour-demand',
  },
  {
    key: 'how-much-of-a-job-could-llms-affect',
    question: 'How much of a typical job could language models affect?',
    answer:
      'One widely cited estimate found that around 80% of US workers could have at least 10% of their tasks affected, and about 19% could see at least 50% affected. Most of its authors worked at OpenAI, and it measured exposure, not job losses.',
    cites: ['eloundou-task-exposure', 'eloundou-half-tasks'],
    careers: ['backend-developer', 'data-scientist'],
    skills: [],
    topic: 'ai-exposure',
  },
  {
    key: 'software-developer-job-outlook',
    question: 'What is the job outlook for software developers?',
    answer:
      'The Bureau of Labor Statistics projected 17% employment growth for software developers, testers and quality assurance analysts from 2023 to 2033, and put the median annual wage for software developers at $132,270 in May 2023. The projection predates the latest wave of AI adoption and has since been revised in a newer edition.',
    cites: ['bls-software-employment-growth', 'bls-software-median-pay'],
    careers: ['backend-developer', 'machine-learning-engineer'],
    skills: [],
    topic: 'labour-demand',
  },
  {
    key: 'should-backend-developers-learn-bentoml',
    question: 'Should a backend developer learn BentoML?',
    answer:
      'Only if your team ships its own machine-learning models. BentoML is a specialized serving framework, and none of the evidence we hold measures its value on a backend résumé. Broader shifts, such as the 26% of postings Indeed expects to be highly transformed by generative AI, argue first for solid service fundamentals and enough serving knowledge to work well with machine-learning colleagues.',
    cites: ['indeed-postings-highly-transformed'],
    careers: ['backend-developer', 'machine-learning-engineer'],
    skills: ['bentoml'],
    topic: 'skills-and-learning',
  },
]
