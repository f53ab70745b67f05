import type { FindingSeed } from './types'

/**
 * One quantified claim per finding. Every number in `headline` and `statement` is listed in
 * `numbers`; signs in `value` follow the direction of the effect.
 */
export const findings: FindingSeed[] = [
  {
    key: 'noy-zhang-writing-speed-quality',
    source: 'noy-zhang-2023',
    headline: '−40% time, +18% quality on professional writing tasks',
    statement:
      'In a pre-registered online experiment with 453 college-educated professionals, those randomly given ChatGPT finished occupation-specific writing tasks in 40% less time, and blinded evaluators rated their output 18% higher.',
    numbers: [
      { label: 'Participants', value: 453, unit: 'people' },
      { label: 'Change in time taken', value: -40, unit: '%' },
      { label: 'Change in graded quality', value: 18, unit: '%' },
    ],
    topic: 'ai-productivity',
    population: 'College-educated US professionals in writing-heavy occupations, recruited online',
    scope:
      'Short, incentivized, self-contained writing tasks such as press releases, brief reports and delicate emails',
    certainty: 'moderate',
    limitations:
      'The tasks were brief and self-contained, graded by other professionals, and far from the code, systems and long projects that technical roles involve. An early ChatGPT model was used. Effects on hiring, pay or job security were not measured.',
  },
  {
    key: 'noy-zhang-later-use',
    source: 'noy-zhang-2023',
    headline: '2× as likely to use ChatGPT at work two weeks later',
    statement:
      'Participants exposed to ChatGPT during the experiment were 2 times as likely as the control group to report using it in their real jobs two weeks afterwards, and 1.6 times as likely two months afterwards.',
    numbers: [
      { label: 'Relative likelihood of on-the-job use after two weeks', value: 2, unit: 'times' },
      { label: 'Relative likelihood of on-the-job use after two months', value: 1.6, unit: 'times' },
    ],
    topic: 'skills-and-learning',
    population: 'Participants in the same writing experiment who answered follow-up surveys',
    scope: 'Self-reported adoption of the tool in participants’ own jobs after the experiment',
    certainty: 'low',
    limitations:
      'Adoption was self-reported in follow-up surveys that not every participant answered, and it measures whether people used the tool, not whether their work improved.',
  },
  {
    key: 'indeed-postings-highly-transformed',
    source: 'indeed-ai-at-work-2025',
    headline: '26% of job postings likely to be highly transformed by GenAI',
    statement:
      'Indeed Hiring Lab rated almost 2,900 work skills for how far generative AI could change the way they are performed, and estimated that 26% of jobs posted on Indeed in the past year could be highly transformed, while 54% are more likely to be moderately transformed.',
    numbers: [
      { label: 'Work skills assessed', value: 2900, unit: 'skills' },
      { label: 'Postings likely to be highly transformed', value: 26, unit: '%' },
      { label: 'Postings likely to be moderately transformed', value: 54, unit: '%' },
    ],
    topic: 'ai-exposure',
    population: 'Job postings on Indeed, mainly in the United States, over the year before publication',
    scope:
      'Potential change in how skills are applied, as rated by generative AI models; not job losses or observed adoption',
    certainty: 'low',
    limitations:
      'Exposure ratings came from generative AI models judging what such models can do, not from observed changes at work. Postings describe what employers ask for rather than what workers do, and the analysis was produced by a job marketplace about its own listings.',
  },
  {
    key: 'indeed-skills-highest-exposure',
    source: 'indeed-ai-at-work-2025',
    headline: '41% of ~2,900 work skills face the highest GenAI exposure',
    statement:
      'Of the almost 2,900 work skills Indeed assessed, 41% fell into the categories with the highest potential for transformation driven by generative AI.',
    numbers: [
      { label: 'Work skills assessed', value: 2900, unit: 'skills' },
      { label: 'Skills in the highest-transformation categories', value: 41, unit: '%' },
    ],
    topic: 'ai-exposure',
    population: 'Work skills that appear in job postings on Indeed',
    scope: 'Share of distinct skills, unweighted by how often each appears in jobs',
    certainty: 'low',
    limitations:
      'The figure counts distinct skills, so it says nothing about how much of any single job those skills make up. The category boundaries are the report’s own, and this number was confirmed only in coverage of the report.',
  },
  {
    key: 'indeed-hybrid-skills',
    source: 'indeed-ai-at-work-2025',
    headline: '46% of skills in a typical US posting face hybrid transformation',
    statement:
      'Indeed estimated that 46% of the skills listed in a typical US job posting are poised for hybrid transformation, meaning generative AI can already handle much of the routine work while human oversight remains necessary.',
    numbers: [{ label: 'Skills in a typical posting facing hybrid transformation', value: 46, unit: '%' }],
    topic: 'ai-exposure',
    population: 'Skills listed in US job postings on Indeed',
    scope: 'Skills weighted by their appearance in a typical posting',
    certainty: 'low',
    limitations:
      'Hybrid transformation is a modeled category, not an observed change in how work is done; it does not say how quickly employers will adopt the tools.',
  },
  {
    key: 'indeed-full-replacement',
    source: 'indeed-ai-at-work-2025',
    headline: '19 skills (0.7%) rated very likely to be fully replaced by GenAI',
    statement:
      'Only 19 skills, 0.7% of those analyzed, were judged very likely to be fully replaced by generative AI, up from none in the earlier version of the same analysis.',
    numbers: [
      { label: 'Skills very likely to be fully replaced', value: 19, unit: 'skills' },
      { label: 'Share of skills analyzed', value: 0.7, unit: '%' },
    ],
    topic: 'ai-exposure',
    population: 'Work skills that appear in job postings on Indeed',
    scope: 'Model-rated likelihood that generative AI could perform a skill without a person',
    certainty: 'low',
    limitations:
      'The rating reflects models assessing their own capabilities at one point in time; the jump from none to a small number shows movement but not its pace.',
  },
  {
    key: 'wef-jobs-created-displaced',
    source: 'wef-future-of-jobs-2025',
    headline: '+170M jobs created, −92M displaced, net +78M by 2030',
    statement:
      'Extrapolating from its employer survey, the World Economic Forum projects that structural labor-market change between 2025 and 2030 will create 170 million jobs and displace 92 million, a net gain of 78 million.',
    numbers: [
      { label: 'Start of projection period', value: 2025, unit: 'year' },
      { label: 'End of projection period', value: 2030, unit: 'year' },
      { label: 'Jobs created', value: 170, unit: 'million jobs' },
      { label: 'Jobs displaced', value: -92, unit: 'million jobs' },
      { label: 'Net change', value: 78, unit: 'million jobs' },
    ],
    topic: 'labour-demand',
    population:
      'Large employers surveyed worldwide by the World Economic Forum, extrapolated to global employment',
    scope: 'All occupations and industries; employer expectations rather than measured job flows',
    certainty: 'very-low',
    limitations:
      'These are expectations reported by large firms and scaled up to the global workforce, not observed hiring or separations. The projection covers every occupation and does not isolate software, data or infrastructure roles.',
  },
  {
    key: 'wef-skill-change',
    source: 'wef-future-of-jobs-2025',
    headline: '39% of workers’ core skills expected to change by 2030',
    statement:
      'Employers surveyed for the Future of Jobs Report 2025 expect 39% of workers’ existing skill sets to be transformed or become outdated over the 2025 to 2030 period, down from 44% in the 2023 edition.',
    numbers: [
      { label: 'Report edition', value: 2025, unit: 'year' },
      { label: 'Share of core skills expected to change', value: 39, unit: '%' },
      { label: 'End of period', value: 2030, unit: 'year' },
      { label: 'Share reported in the previous edition', value: 44, unit: '%' },
      { label: 'Previous edition', value: 2023, unit: 'year' },
    ],
    topic: 'skills-and-learning',
    population: 'Large employers surveyed worldwide by the World Economic Forum',
    scope: 'Employer expectations about the average worker, across all occupations',
    certainty: 'very-low',
    limitations:
      'Skill instability is an employer estimate averaged across very different jobs; it cannot say which specific skills will change for a given role.',
  },
  {
    key: 'brynjolfsson-resolutions-per-hour',
    source: 'brynjolfsson-li-raymond-2025',
    headline: '+15% issues resolved per hour with an AI assistant (5,172 agents)',
    statement:
      'Across 5,172 customer-support agents at one large software firm, staggered access to a generative-AI conversational assistant raised issues resolved per hour by 15% on average.',
    numbers: [
      { label: 'Agents studied', value: 5172, unit: 'people' },
      { label: 'Change in issues resolved per hour', value: 15, unit: '%' },
    ],
    topic: 'ai-productivity',
    population: 'Chat-based technical-support agents at a Fortune 500 business-software firm',
    scope:
      'Productivity in live customer-support work after a staggered rollout of an assistant trained on the firm’s own conversations',
    certainty: 'moderate',
    limitations:
      'One firm, one family of tasks and an assistant fine-tuned on that firm’s own chat logs. Effects on wages and employment were not identified, and the earlier working-paper version reported slightly different figures.',
  },
  {
    key: 'brynjolfsson-novice-gain',
    source: 'brynjolfsson-li-raymond-2025',
    headline: '+30% productivity for less experienced, lower-skilled agents',
    statement:
      'The gains were concentrated among less experienced and lower-skilled agents, whose issues resolved per hour rose by about 30%, while the most experienced and highest-skilled agents saw small speed gains and slight declines in quality.',
    numbers: [{ label: 'Change in issues resolved per hour, less skilled agents', value: 30, unit: '%' }],
    topic: 'skills-and-learning',
    population: 'The less experienced and lower-skilled agents within the same customer-support workforce',
    scope: 'Heterogeneity of the assistant’s effect by agent tenure and prior performance',
    certainty: 'moderate',
    limitations:
      'Subgroup estimates from a single workplace; support chats are structured and well measured in a way that most engineering and analysis work is not.',
  },
  {
    key: 'peng-copilot-task-speed',
    source: 'peng-copilot-2023',
    headline: '55.8% faster on a coding task with GitHub Copilot (n=95)',
    statement:
      'In a controlled experiment with 95 developers recruited through Upwork, those given GitHub Copilot finished implementing an HTTP server in JavaScript 55.8% faster than those working without it.',
    numbers: [
      { label: 'Developers', value: 95, unit: 'people' },
      { label: 'Reduction in completion time', value: 55.8, unit: '%' },
    ],
    topic: 'ai-productivity',
    population: 'Freelance developers recruited through Upwork',
    scope: 'One well-specified, greenfield programming task with automated tests',
    certainty: 'low',
    limitations:
      'A single fresh task with clear tests, done by freelancers rather than employees working in an existing codebase. Code quality and maintainability were not the outcome, the authors worked for the vendor, and the paper has not been peer reviewed.',
  },
  {
    key: 'dellacqua-inside-frontier',
    source: 'dellacqua-jagged-frontier-2023',
    headline: '+12.2% tasks, 25.1% faster, 40% higher quality inside AI frontier',
    statement:
      'On realistic consulting tasks chosen to fall within the model’s capabilities, the 758 Boston Consulting Group consultants given AI completed 12.2% more tasks, worked 25.1% faster and produced work rated more than 40% higher in quality than those without it.',
    numbers: [
      { label: 'Consultants in the experiment', value: 758, unit: 'people' },
      { label: 'Additional tasks completed', value: 12.2, unit: '%' },
      { label: 'Reduction in time taken', value: 25.1, unit: '%' },
      { label: 'Improvement in rated quality', value: 40, unit: '%' },
    ],
    topic: 'ai-productivity',
    population: 'Consultants at one global management-consulting firm',
    scope: 'Creative and analytical consulting tasks selected to be within the AI model’s competence',
    certainty: 'moderate',
    limitations:
      'Participants were highly selected consultants at one firm, and the tasks were chosen in advance to suit the model. Quality was rated by graders who could see polished prose, which AI makes easier to produce.',
  },
  {
    key: 'dellacqua-outside-frontier',
    source: 'dellacqua-jagged-frontier-2023',
    headline: '19 pp less likely to be correct on a task outside the AI frontier',
    statement:
      'On a business-analysis task deliberately chosen to sit outside the model’s capabilities, consultants using AI were 19 percentage points less likely to reach the correct answer than those working without it.',
    numbers: [{ label: 'Change in probability of a correct answer', value: -19, unit: 'percentage points' }],
    topic: 'ai-productivity',
    population: 'Consultants at one global management-consulting firm',
    scope: 'A single problem designed so that the AI model’s plausible answer would be wrong',
    certainty: 'low',
    limitations:
      'One task, built to trip the model, so the size of the effect depends on that design. The journal version of the paper states the effect differently, and nothing here shows how often real work falls outside the frontier.',
  },
  {
    key: 'bertrand-callback-gap',
    source: 'bertrand-mullainathan-2004',
    headline: '50% more callbacks for White-sounding names on identical résumés',
    statement:
      'Fictitious résumés sent to help-wanted ads in Boston and Chicago received 50% more interview callbacks when randomly given a White-sounding name than when given an African-American-sounding one.',
    numbers: [{ label: 'Relative callback advantage for White-sounding names', value: 50, unit: '%' }],
    topic: 'hiring-and-screening',
    population: 'Employers advertising in Boston and Chicago newspapers',
    scope: 'First-stage callbacks, mostly for sales, administrative, clerical and customer-service openings',
    certainty: 'moderate',
    limitations:
      'Fieldwork took place in two cities more than two decades ago and in mostly non-technical roles. Callbacks are not offers, and names can signal more than race.',
  },
  {
    key: 'kline-contact-gap',
    source: 'kline-rose-walters-2022',
    headline: '−2.1 pp employer contact rate for distinctively Black names',
    statement:
      'Across more than 83,000 fictitious applications to jobs posted by 108 of the largest US employers, distinctively Black names lowered the probability of employer contact by 2.1 percentage points relative to distinctively White names.',
    numbers: [
      { label: 'Fictitious applications sent', value: 83000, unit: 'applications' },
      { label: 'Employers studied', value: 108, unit: 'employers' },
      { label: 'Change in contact probability', value: -2.1, unit: 'percentage points' },
    ],
    topic: 'hiring-and-screening',
    population: 'Entry-level job postings at very large US employers',
    scope: 'Employer contact within the study window, not interviews, offers or pay',
    certainty: 'high',
    limitations:
      'The jobs were mostly entry-level, hourly roles at very large firms, not technical or professional hiring, and the outcome is first contact rather than an offer.',
  },
  {
    key: 'kline-firm-concentration',
    source: 'kline-rose-walters-2022',
    headline: '23 of 108 large employers identified as discriminating',
    statement:
      'Controlling the false discovery rate at 5%, the study identified 23 individual companies that discriminate against Black applicants, and the most discriminatory fifth of firms accounted for nearly half of the contacts Black applicants lost.',
    numbers: [
      { label: 'False discovery rate', value: 5, unit: '%' },
      { label: 'Companies identified as discriminating', value: 23, unit: 'employers' },
      { label: 'Employers studied', value: 108, unit: 'employers' },
    ],
    topic: 'hiring-and-screening',
    population: 'The 108 large US employers in the same correspondence experiment',
    scope: 'Which firms, rather than how much on average, drive the contact gap',
    certainty: 'moderate',
    limitations:
      'Firm-level estimates rest on fewer applications per company than the pooled result, and the employers studied were consumer-facing giants rather than technology hirers.',
  },
  {
    key: 'deming-social-jobs-growth',
    source: 'deming-2017',
    headline: '+12 pp share of US jobs needing high social interaction, 1980–2012',
    statement:
      'Between 1980 and 2012, jobs requiring high levels of social interaction grew by nearly 12 percentage points as a share of the US labor force.',
    numbers: [
      { label: 'Start year', value: 1980, unit: 'year' },
      { label: 'End year', value: 2012, unit: 'year' },
      { label: 'Change in employment share', value: 12, unit: 'percentage points' },
    ],
    topic: 'labour-demand',
    population: 'The US labor force',
    scope: 'Employment shares of occupations grouped by the social-interaction intensity of their tasks',
    certainty: 'moderate',
    limitations:
      'Occupations are classified by task measures rather than by what individual workers do, and the period ends before the current wave of AI tools.',
  },
  {
    key: 'deming-math-nonsocial-decline',
    source: 'deming-2017',
    headline: '−3.3 pp share for math-intensive jobs low in social skill',
    statement:
      'Over the same 1980 to 2012 period, math-intensive but less social jobs, including many STEM occupations, shrank by 3.3 percentage points as a share of US employment.',
    numbers: [
      { label: 'Start year', value: 1980, unit: 'year' },
      { label: 'End year', value: 2012, unit: 'year' },
      { label: 'Change in employment share', value: -3.3, unit: 'percentage points' },
    ],
    topic: 'labour-demand',
    population: 'The US labor force',
    scope: 'Occupations high in mathematical and low in social task demands',
    certainty: 'moderate',
    limitations:
      'A broad occupational grouping that mixes very different STEM jobs; it shows a shift in the mix of work, not the fortunes of any one role.',
  },
  {
    key: 'schmidt-hunter-work-samples',
    source: 'schmidt-hunter-1998',
    headline: 'Work samples 0.54, structured interviews 0.51, unstructured 0.38',
    statement:
      'Pooling 85 years of selection research, Schmidt and Hunter estimated mean validities for predicting job performance of 0.54 for work-sample tests, 0.51 for structured interviews and 0.38 for unstructured interviews.',
    numbers: [
      { label: 'Years of research summarized', value: 85, unit: 'years' },
      { label: 'Validity of work-sample tests', value: 0.54, unit: 'correlation' },
      { label: 'Validity of structured interviews', value: 0.51, unit: 'correlation' },
      { label: 'Validity of unstructured interviews', value: 0.38, unit: 'correlation' },
    ],
    topic: 'hiring-and-screening',
    population: 'Validation studies across many occupations, mostly in the United States',
    scope: 'Corrected correlations between a selection method and later job-performance ratings',
    certainty: 'low',
    limitations:
      'A later reanalysis argues that the range-restriction corrections behind these numbers inflated many of them, work samples most of all. The underlying studies are old and span very different jobs.',
  },
  {
    key: 'schmidt-hunter-combination',
    source: 'schmidt-hunter-1998',
    headline: 'General mental ability plus structured interview: validity 0.63',
    statement:
      'Combining a general mental ability test with a structured interview, or with a work-sample test, gave a mean multivariate validity of 0.63 for predicting job performance.',
    numbers: [{ label: 'Combined validity', value: 0.63, unit: 'correlation' }],
    topic: 'hiring-and-screening',
    population: 'Validation studies across many occupations, mostly in the United States',
    scope: 'Validity of two selection methods used together',
    certainty: 'low',
    limitations:
      'Inherits the correction choices of the single-method estimates, which later work revised downward, and assumes the two methods are scored independently.',
  },
  {
    key: 'sackett-structured-interview-top',
    source: 'sackett-zhang-berry-lievens-2022',
    headline: 'Structured interviews rank first after re-correction, at 0.42',
    statement:
      'After revising how range restriction is corrected, Sackett and colleagues ranked structured interviews as the most valid common selection procedure, with a mean operational validity of 0.42, ahead of work samples at 0.33 and cognitive ability tests at 0.31.',
    numbers: [
      { label: 'Validity of structured interviews', value: 0.42, unit: 'correlation' },
      { label: 'Validity of work-sample tests', value: 0.33, unit: 'correlation' },
      { label: 'Validity of cognitive ability tests', value: 0.31, unit: 'correlation' },
    ],
    topic: 'hiring-and-screening',
    population: 'Validation studies pooled in earlier meta-analyses, across many occupations',
    scope: 'Mean operational validity for overall job performance',
    certainty: 'moderate',
    limitations:
      'Means hide wide variation between studies and jobs, the revised corrections are disputed by some researchers, and few of the pooled studies concern software or data roles.',
  },
  {
    key: 'sackett-validity-revised-down',
    source: 'sackett-zhang-berry-lievens-2022',
    headline: 'Selection validities revised down by 0.10 to 0.20',
    statement:
      'Reanalyzing earlier meta-analyses, the authors concluded that most selection procedures keep their rank but that mean validity estimates fall by 0.10 to 0.20 once overcorrection for range restriction is removed.',
    numbers: [
      { label: 'Smallest typical downward revision', value: 0.1, unit: 'correlation' },
      { label: 'Largest typical downward revision', value: 0.2, unit: 'correlation' },
    ],
    topic: 'hiring-and-screening',
    population: 'Validation studies pooled in earlier meta-analyses, across many occupations',
    scope: 'Change in estimated validity after revised range-restriction corrections',
    certainty: 'moderate',
    limitations:
      'A methodological reanalysis rather than new data; the size of the revision varies by procedure and depends on assumptions other researchers contest.',
  },
  {
    key: 'eloundou-task-exposure',
    source: 'eloundou-gpts-2023',
    headline: '80% of US workers have at least 10% of tasks exposed to LLMs',
    statement:
      'Rating occupational tasks with both human annotators and a language model, the authors estimated that around 80% of the US workforce could have at least 10% of their work tasks affected by large language models.',
    numbers: [
      { label: 'Share of US workers', value: 80, unit: '%' },
      { label: 'Minimum share of their tasks exposed', value: 10, unit: '%' },
    ],
    topic: 'ai-exposure',
    population: 'US occupations, weighted by employment',
    scope:
      'Tasks a language model could complete at least twice as fast at equal quality; exposure, not displacement',
    certainty: 'low',
    limitations:
      'Exposure is a rating of potential, made partly by a model from the authors’ own employer, not an observation of adoption, job loss or pay. Occupation-level task lists miss how real jobs vary.',
  },
  {
    key: 'eloundou-half-tasks',
    source: 'eloundou-gpts-2023',
    headline: '19% of US workers have at least 50% of tasks exposed to LLMs',
    statement:
      'The same analysis estimated that approximately 19% of US workers may see at least 50% of their tasks exposed, with higher-wage occupations generally more exposed.',
    numbers: [
      { label: 'Share of US workers', value: 19, unit: '%' },
      { label: 'Minimum share of their tasks exposed', value: 50, unit: '%' },
    ],
    topic: 'ai-exposure',
    population: 'US occupations, weighted by employment',
    scope: 'Workers for whom at least half of their tasks meet the exposure definition',
    certainty: 'low',
    limitations:
      'Same rating method and conflict of interest as the broader estimate; the paper makes no prediction about how fast or how far exposure turns into changed work.',
  },
  {
    key: 'acemoglu-restrepo-robots',
    source: 'acemoglu-restrepo-2020',
    headline: '1 more robot per 1,000 workers: −0.2 pp employment, −0.42% wages',
    statement:
      'Across US commuting zones, one more industrial robot per thousand workers reduced the employment-to-population ratio by 0.2 percentage points and wages by 0.42%.',
    numbers: [
      { label: 'Additional industrial robots', value: 1, unit: 'robots' },
      { label: 'Workers per unit of exposure', value: 1000, unit: 'workers' },
      { label: 'Change in employment-to-population ratio', value: -0.2, unit: 'percentage points' },
      { label: 'Change in wages', value: -0.42, unit: '%' },
    ],
    topic: 'labour-demand',
    population: 'US local labor markets (commuting zones)',
    scope: 'Industrial robots, mostly in manufacturing-heavy regions',
    certainty: 'moderate',
    limitations:
      'Concerns industrial robots, not software or generative AI, and local effects, which can differ from national ones. It is a precedent for automation’s labor effects, not a forecast for knowledge work.',
  },
  {
    key: 'stackoverflow-ai-tool-use',
    source: 'stack-overflow-survey-2024',
    headline: '76% of developers use or plan to use AI tools',
    statement:
      'In Stack Overflow’s 2024 survey, 76% of respondents said they were using or planning to use AI tools in their development process, and 62% said they were already using them.',
    numbers: [
      { label: 'Survey year', value: 2024, unit: 'year' },
      { label: 'Using or planning to use AI tools', value: 76, unit: '%' },
      { label: 'Already using AI tools', value: 62, unit: '%' },
    ],
    topic: 'skills-and-learning',
    population: 'Self-selected respondents to Stack Overflow’s annual developer survey',
    scope: 'Self-reported use of AI tools in development work',
    certainty: 'low',
    limitations:
      'Respondents chose to answer and were reached through the vendor’s own channels; reported use says nothing about productivity or code quality.',
  },
  {
    key: 'bls-software-employment-growth',
    source: 'bls-ooh-software-developers',
    headline: '+17% projected US employment, software developers, 2023 to 2033',
    statement:
      'The Bureau of Labor Statistics projected that employment of software developers, quality assurance analysts and testers would grow 17% from 2023 to 2033, much faster than the average for all occupations.',
    numbers: [
      { label: 'Projected employment growth', value: 17, unit: '%' },
      { label: 'Base year', value: 2023, unit: 'year' },
      { label: 'Projection year', value: 2033, unit: 'year' },
    ],
    topic: 'labour-demand',
    population: 'US software developers, quality assurance analysts and testers',
    scope: 'Ten-year employment projection for the combined occupation',
    certainty: 'low',
    limitations:
      'A model-based projection that does not separate backend, frontend or machine-learning work and cannot anticipate shocks such as fast AI adoption; a later edition has already revised it.',
  },
  {
    key: 'bls-software-median-pay',
    source: 'bls-ooh-software-developers',
    headline: '$132,270 median annual wage, US software developers (May 2023)',
    statement: 'US software developers earned a median annual wage of $132,270 in May 2023.',
    numbers: [
      { label: 'Median annual wage', value: 132270, unit: 'USD per year' },
      { label: 'Reference year', value: 2023, unit: 'year' },
    ],
    topic: 'pay-and-returns',
    population: 'Wage and salary software developers in the United States',
    scope: 'National median across specialisms, experience levels and regions',
    certainty: 'high',
    limitations:
      'A national median that excludes equity and most bonuses, which matter in parts of the technology sector, and says nothing about the pay effect of any single skill.',
  },
]
