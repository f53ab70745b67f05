import type { SourceSeed } from './types'

/**
 * Citable works behind the demo findings. `verification` is 'verified' only where every
 * bibliographic detail recorded here was seen in a stored copy of the work or its publisher page;
 * everything else says in `verificationNote` what is still to check.
 */
export const sources: SourceSeed[] = [
  {
    key: 'noy-zhang-2023',
    title: 'Experimental evidence on the productivity effects of generative artificial intelligence',
    authors: [
      { name: 'Noy', given: 'Shakked' },
      { name: 'Zhang', given: 'Whitney' },
    ],
    venue: 'Science',
    volume: '381',
    issue: '6654',
    pages: '187–192',
    year: 2023,
    publishedDate: '2023-07-13',
    doi: '10.1126/science.adh2586',
    url: 'https://www.science.org/doi/10.1126/science.adh2586',
    sourceType: 'peer-reviewed',
    studyDesign: 'randomized-experiment',
    sampleSize: 453,
    sampleDescription:
      'College-educated professionals (marketers, grant writers, consultants, data analysts, human-resource professionals and managers) recruited online. Each completed two occupation-specific, incentivized writing tasks; half were randomly given access to ChatGPT. Pre-registered at the AEA RCT Registry.',
    verification: 'verified',
    verificationNote:
      'Authors, title, journal, year, the sample of 453 and the 40% / 18% results were confirmed against a stored copy of the Science article and its abstract. Volume 381, issue 6654, pages 187–192 and DOI 10.1126/science.adh2586 were confirmed against a stored PubMed record of the article (published online 13 July 2023, in the issue of 14 July 2023). The earlier MIT working paper reports 444 participants; the figures here are the published ones.',
  },
  {
    key: 'indeed-ai-at-work-2025',
    title: 'AI at Work Report 2025: How GenAI is Rewiring the DNA of Jobs',
    authors: [{ name: 'Indeed Hiring Lab' }],
    venue: 'Indeed Hiring Lab',
    year: 2025,
    publishedDate: '2025-09-23',
    url: 'https://www.hiringlab.org/2025/09/10/ai-at-work-report-2025-how-genai-is-rewiring-the-dna-of-jobs/',
    sourceType: 'first-party-institutional',
    studyDesign: 'administrative-data',
    sampleDescription:
      'Almost 2,900 work skills rated by generative AI models for problem-solving demands and physical necessity (the GenAI Skill Transformation Index), applied to job postings on Indeed from the preceding year.',
    conflictOfInterest:
      'Indeed is a job marketplace with a commercial interest in how employers and job seekers think about AI and skills; Hiring Lab is its own research arm analyzing Indeed’s own postings.',
    verification: 'verified',
    verificationNote:
      'Title, publisher and the figures for postings (26% highly, 54% moderately transformed), skills in a typical posting (46% hybrid) and full replacement (19 skills, 0.7%) were confirmed in a stored copy of the Hiring Lab page at its canonical address, dated 10 September 2025 (an earlier record of this source gave a 23 September path).',
  },
  {
    key: 'wef-future-of-jobs-2025',
    title: 'Future of Jobs Report 2025',
    authors: [{ name: 'World Economic Forum' }],
    venue: 'World Economic Forum',
    year: 2025,
    url: 'https://www.weforum.org/publications/the-future-of-jobs-report-2025/',
    sourceType: 'first-party-institutional',
    studyDesign: 'cross-sectional-survey',
    sampleDescription:
      'Future of Jobs Survey conducted in late 2024: more than 1,000 large employers representing over 14 million workers across 22 industry clusters and 55 economies, reporting their expectations for 2025–2030.',
    conflictOfInterest:
      'The figures are employers’ own expectations, collected and extrapolated by a membership organization funded by its corporate partners; they are forecasts, not measured job flows.',
    verification: 'verified',
    verificationNote:
      'Title, issuing body and the January 2025 edition (insight report, ISBN 978-2-940631-90-2) were checked against stored copies of the report PDF’s front matter and the weforum.org publication pages; the 170 / 92 / 78 million and 39% figures against stored quotations of the report text. The PDF gives its address as weforum.org/reports/…, while the stored web pages of the report sit under /publications/.',
  },
  {
    key: 'brynjolfsson-li-raymond-2025',
    title: 'Generative AI at Work',
    authors: [
      { name: 'Brynjolfsson', given: 'Erik' },
      { name: 'Li', given: 'Danielle' },
      { name: 'Raymond', given: 'Lindsey R.' },
    ],
    venue: 'The Quarterly Journal of Economics',
    volume: '140',
    issue: '2',
    year: 2025,
    publishedDate: '2025-02-04',
    doi: '10.1093/qje/qjae044',
    url: 'https://academic.oup.com/qje/article/140/2/889/7990658',
    sourceType: 'peer-reviewed',
    studyDesign: 'administrative-data',
    sampleSize: 5172,
    sampleDescription:
      'Customer-support agents at a Fortune 500 firm selling business software, most of them working outside the United States, observed before and after a staggered rollout of a GPT-based conversational assistant.',
    verification: 'unverified',
    verificationNote:
      'Authors, title, journal, volume, issue, first page (889), DOI, online date and the 5,172-agent / 15% results were confirmed in stored copies of the published article. The closing page was not confirmed, so the page range is left out. The roughly 30% gain for less experienced agents was confirmed only through a quotation of the published text. The 2023 NBER working-paper version reports 5,179 agents and a 14% average gain; do not mix the two versions.',
  },
  {
    key: 'peng-copilot-2023',
    title: 'The Impact of AI on Developer Productivity: Evidence from GitHub Copilot',
    authors: [
      { name: 'Peng', given: 'Sida' },
      { name: 'Kalliamvakou', given: 'Eirini' },
      { name: 'Cihon', given: 'Peter' },
      { name: 'Demirer', given: 'Mert' },
    ],
    venue: 'arXiv',
    year: 2023,
    url: 'https://arxiv.org/abs/2302.06590',
    sourceType: 'preprint',
    studyDesign: 'randomized-experiment',
    sampleSize: 95,
    sampleDescription:
      'Professional developers recruited through Upwork and randomly assigned to implement an HTTP server in JavaScript with or without GitHub Copilot.',
    conflictOfInterest:
      'Three of the four authors were at Microsoft Research or GitHub, which build and sell the tool under test.',
    verification: 'verified',
    verificationNote:
      'Authors, affiliations, title, year, arXiv identifier 2302.06590 and the 55.8% result were checked against stored copies of the arXiv paper. The sample of 95 developers was confirmed in secondary summaries of the paper. No journal version is recorded; the DataCite DOI that arXiv assigns was not recorded because it was not seen in a stored copy.',
  },
  {
    key: 'dellacqua-jagged-frontier-2023',
    title:
      'Navigating the Jagged Technological Frontier: Field Experimental Evidence of the Effects of AI on Knowledge Worker Productivity and Quality',
    authors: [
      { name: 'Dell’Acqua', given: 'Fabrizio' },
      { name: 'McFowland III', given: 'Edward' },
      { name: 'Mollick', given: 'Ethan R.' },
      { name: 'Lifshitz-Assaf', given: 'Hila' },
      { name: 'Kellogg', given: 'Katherine C.' },
      { name: 'Rajendran', given: 'Saran' },
      { name: 'Krayer', given: 'Lisa' },
      { name: 'Candelon', given: 'François' },
      { name: 'Lakhani', given: 'Karim R.' },
    ],
    venue: 'Harvard Business School Working Paper',
    year: 2023,
    url: 'https://d3.harvard.edu/navigating-the-jagged-technological-frontier/',
    sourceType: 'preprint',
    studyDesign: 'pre-registered',
    sampleSize: 758,
    sampleDescription:
      'Boston Consulting Group consultants (about 7% of its individual-contributor workforce), randomly assigned to no AI, GPT-4 access, or GPT-4 access with a prompt-engineering overview, on realistic consulting tasks inside and outside the model’s capabilities.',
    conflictOfInterest:
      'Run in collaboration with Boston Consulting Group, whose consultants were the participants; co-authors included BCG staff.',
    verification: 'unverified',
    verificationNote:
      'Authors, title, the 758 participants and the 12.2% / 25.1% / 40% results were confirmed in stored pages from Harvard’s Digital Data Design Institute and summaries of the paper. The HBS working-paper number (24-013) was not seen in a stored copy. A peer-reviewed version appears in Organization Science (2026), doi 10.1287/orsc.2025.21838, according to stored abstract pages; that abstract states the outside-frontier effect as “19% less likely” rather than 19 percentage points, so check the wording before switching citations.',
  },
  {
    key: 'bertrand-mullainathan-2004',
    title:
      'Are Emily and Greg More Employable Than Lakisha and Jamal? A Field Experiment on Labor Market Discrimination',
    authors: [
      { name: 'Bertrand', given: 'Marianne' },
      { name: 'Mullainathan', given: 'Sendhil' },
    ],
    venue: 'American Economic Review',
    volume: '94',
    issue: '4',
    pages: '991–1013',
    year: 2004,
    doi: '10.1257/0002828042002561',
    url: 'https://www.aeaweb.org/articles?id=10.1257/0002828042002561',
    sourceType: 'peer-reviewed',
    studyDesign: 'randomized-experiment',
    sampleDescription:
      'Fictitious résumés sent in response to help-wanted advertisements in Boston and Chicago newspapers, with White- or African-American-sounding names assigned at random.',
    verification: 'verified',
    verificationNote:
      'Authors, title, journal, volume, issue, pages, year, DOI and the 50% callback gap were checked against the stored AEA article page and a JSTOR copy.',
  },
  {
    key: 'kline-rose-walters-2022',
    title: 'Systemic Discrimination Among Large U.S. Employers',
    authors: [
      { name: 'Kline', given: 'Patrick' },
      { name: 'Rose', given: 'Evan K.' },
      { name: 'Walters', given: 'Christopher R.' },
    ],
    venue: 'The Quarterly Journal of Economics',
    volume: '137',
    issue: '4',
    year: 2022,
    doi: '10.1093/qje/qjac024',
    url: 'https://doi.org/10.1093/qje/qjac024',
    sourceType: 'peer-reviewed',
    studyDesign: 'randomized-experiment',
    sampleDescription:
      'More than 83,000 fictitious applications with randomized characteristics sent to geographically dispersed entry-level jobs posted by 108 of the largest US employers.',
    verification: 'unverified',
    verificationNote:
      'Authors, title and every number used here were confirmed in stored copies of the abstract (IZA discussion paper and seminar listings). The journal volume, issue and DOI are recorded from the citation in common use but were not seen in a stored copy; the page range is left out.',
  },
  {
    key: 'deming-2017',
    title: 'The Growing Importance of Social Skills in the Labor Market',
    authors: [{ name: 'Deming', given: 'David J.' }],
    venue: 'The Quarterly Journal of Economics',
    volume: '132',
    issue: '4',
    pages: '1593–1640',
    year: 2017,
    doi: '10.1093/qje/qjx022',
    url: 'https://doi.org/10.1093/qje/qjx022',
    sourceType: 'peer-reviewed',
    studyDesign: 'cross-sectional-survey',
    sampleDescription:
      'US employment shares by occupation from repeated Census and American Community Survey cross-sections, linked to O*NET task measures, with returns to skill estimated in the NLSY79 and NLSY97 cohorts.',
    verification: 'verified',
    verificationNote:
      'Title, author, journal, volume, issue, pages, year and DOI were checked against the stored NBER record of the published version and a stored bibliographic record showing the DOI; the figures come from the published abstract.',
  },
  {
    key: 'schmidt-hunter-1998',
    title:
      'The Validity and Utility of Selection Methods in Personnel Psychology: Practical and Theoretical Implications of 85 Years of Research Findings',
    authors: [
      { name: 'Schmidt', given: 'Frank L.' },
      { name: 'Hunter', given: 'John E.' },
    ],
    venue: 'Psychological Bulletin',
    volume: '124',
    issue: '2',
    pages: '262–274',
    year: 1998,
    doi: '10.1037/0033-2909.124.2.262',
    url: 'https://doi.org/10.1037/0033-2909.124.2.262',
    sourceType: 'peer-reviewed',
    studyDesign: 'meta-analysis',
    sampleDescription:
      'Meta-analytic summary of 19 selection procedures and their pairings with general mental ability, drawn from decades of validation studies across many occupations.',
    verification: 'unverified',
    verificationNote:
      'Authors, title, journal, volume, issue, pages, year and the 0.63 combined validities were checked against stored copies of the article. The DOI follows the APA pattern for this article but was not seen in a stored copy. The single-method validities (0.54, 0.51, 0.38) were confirmed only in secondary summaries of the article’s table.',
  },
  {
    key: 'sackett-zhang-berry-lievens-2022',
    title:
      'Revisiting meta-analytic estimates of validity in personnel selection: Addressing systematic overcorrection for restriction of range',
    authors: [
      { name: 'Sackett', given: 'Paul R.' },
      { name: 'Zhang', given: 'Charlene' },
      { name: 'Berry', given: 'Christopher M.' },
      { name: 'Lievens', given: 'Filip' },
    ],
    venue: 'Journal of Applied Psychology',
    volume: '107',
    issue: '11',
    pages: '2040–2068',
    year: 2022,
    doi: '10.1037/apl0000994',
    url: 'https://doi.org/10.1037/apl0000994',
    sourceType: 'peer-reviewed',
    studyDesign: 'meta-analysis',
    sampleDescription:
      'Reanalysis of earlier meta-analyses of personnel-selection procedures with revised corrections for range restriction.',
    verification: 'unverified',
    verificationNote:
      'Title, authors, the online-first date (late December 2021) and the 0.10–0.20 downward revision were confirmed in a stored abstract, and the authors’ own follow-up article confirms the 2022 publication. Volume, issue, pages and DOI were not seen in a stored copy. The 0.42, 0.33 and 0.31 validities were confirmed only in secondary summaries of the paper’s table.',
  },
  {
    key: 'eloundou-gpts-2023',
    title: 'GPTs are GPTs: An Early Look at the Labor Market Impact Potential of Large Language Models',
    authors: [
      { name: 'Eloundou', given: 'Tyna' },
      { name: 'Manning', given: 'Sam' },
      { name: 'Mishkin', given: 'Pamela' },
      { name: 'Rock', given: 'Daniel' },
    ],
    venue: 'arXiv',
    year: 2023,
    publishedDate: '2023-03-17',
    doi: '10.48550/arXiv.2303.10130',
    url: 'https://arxiv.org/abs/2303.10130',
    sourceType: 'preprint',
    laterPublishedAs: { venue: 'Science', year: 2024 },
    studyDesign: 'administrative-data',
    sampleDescription:
      'O*NET task statements for US occupations, each rated by human annotators and by GPT-4 for whether a language model could cut the time to complete it by at least half, weighted by employment.',
    conflictOfInterest:
      'Three of the four authors were at OpenAI, which develops the language models whose labor-market exposure the paper estimates.',
    verification: 'verified',
    verificationNote:
      'Authors, title, submission date, arXiv identifier and DOI were checked against a stored copy of the arXiv listing, and the figures against a stored copy of version 4. A revised version was published in Science in 2024, as stored summaries of the paper agree; its volume, pages and DOI differ between those summaries and were not confirmed, so only the journal and year are recorded.',
  },
  {
    key: 'acemoglu-restrepo-2020',
    title: 'Robots and Jobs: Evidence from US Labor Markets',
    authors: [
      { name: 'Acemoglu', given: 'Daron' },
      { name: 'Restrepo', given: 'Pascual' },
    ],
    venue: 'Journal of Political Economy',
    volume: '128',
    issue: '6',
    pages: '2188–2244',
    year: 2020,
    doi: '10.1086/705716',
    url: 'https://doi.org/10.1086/705716',
    sourceType: 'peer-reviewed',
    studyDesign: 'administrative-data',
    sampleDescription:
      'US commuting zones, with exposure to industrial robots built from industry-level robot adoption and each area’s baseline industry mix.',
    verification: 'verified',
    verificationNote:
      'Authors, title, journal, volume, issue, pages, year, DOI and the 0.2 / 0.42 estimates were checked against stored RePEc and MIT DSpace records of the published article.',
  },
  {
    key: 'stack-overflow-survey-2024',
    title: '2024 Stack Overflow Developer Survey',
    authors: [{ name: 'Stack Overflow' }],
    venue: 'Stack Overflow',
    year: 2024,
    url: 'https://survey.stackoverflow.co/2024/',
    sourceType: 'vendor-survey',
    studyDesign: 'cross-sectional-survey',
    sampleDescription:
      'More than 65,000 self-selected respondents, recruited mainly through Stack Overflow’s own site and channels.',
    conflictOfInterest:
      'Stack Overflow sells products to developers and their employers, including AI features, and recruits respondents from its own audience.',
    verification: 'unverified',
    verificationNote:
      'The 76% and 62% figures and the respondent count were confirmed only in secondary write-ups quoting the survey’s AI section; the survey site itself was not in a stored copy.',
  },
  {
    key: 'bls-ooh-software-developers',
    title: 'Software Developers, Quality Assurance Analysts, and Testers',
    authors: [{ name: 'U.S. Bureau of Labor Statistics' }],
    venue: 'Occupational Outlook Handbook',
    year: 2024,
    url: 'https://www.bls.gov/ooh/computer-and-information-technology/software-developers.htm',
    sourceType: 'first-party-institutional',
    studyDesign: 'report',
    sampleDescription:
      'Occupational Employment and Wage Statistics for May 2023 and the BLS employment projections for 2023–2033.',
    verification: 'unverified',
    verificationNote:
      'Title, publisher, URL, the 17% projection and the $132,270 median wage were confirmed in stored copies of this page (the edition with May 2023 pay and 2023–2033 projections). The publication year of that edition is inferred, and BLS has since replaced the page with an edition based on 2024–2034 projections, so the live URL now shows different numbers: record an archived copy before publishing.',
  },
]
