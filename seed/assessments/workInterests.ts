import { AGREEMENT_SCALE, likert } from './likert'
import type { AssessmentSeed } from './types'

const P1 = 'Hands, tools and ideas'
const P2 = 'People and plans'
const P3 = 'Making and checking'
const P4 = 'Ways of working'
const P5 = 'What you would rather avoid'

export const workInterests: AssessmentSeed = {
  slug: 'work-interests',
  title: 'Work interests (RIASEC)',
  kind: 'matching',
  summary:
    'Thirty statements about activities you might enjoy, scored on the six Holland interest types and matched against the interest profiles of the occupations in the O*NET database.',
  instructions:
    'Say how far you agree with each statement. Think about what you would enjoy doing, not what you are trained for or good at. There are no right answers; the first reaction is usually the most accurate.',
  estimatedMinutes: 6,
  scaleLabels: AGREEMENT_SCALE,
  dimensions: [
    {
      key: 'R',
      label: 'Realistic',
      description: 'Practical, physical work with tools, machines and materials.',
    },
    {
      key: 'I',
      label: 'Investigative',
      description: 'Analysing, researching and working out how things behave.',
    },
    {
      key: 'A',
      label: 'Artistic',
      description: 'Creating, designing and expressing ideas without a fixed procedure.',
    },
    { key: 'S', label: 'Social', description: 'Teaching, helping, advising and looking after people.' },
    {
      key: 'E',
      label: 'Enterprising',
      description: 'Persuading, leading, selling and taking commercial risks.',
    },
    {
      key: 'C',
      label: 'Conventional',
      description: 'Organising data and records, and following clear procedures.',
    },
  ],
  items: [
    likert('r1', 'R', P1, 'I would enjoy assembling and wiring the hardware for a small server rack.'),
    likert(
      'i1',
      'I',
      P1,
      'I enjoy working out why a system behaves differently from what its documentation says.',
    ),
    likert('a1', 'A', P1, 'I would enjoy designing how an app looks and feels for the people who use it.'),
    likert('s1', 'S', P1, 'I would enjoy mentoring a new colleague through their first months.'),
    likert('e1', 'E', P1, 'I would enjoy persuading a team to back a plan I believe in.'),
    likert('c1', 'C', P1, 'I enjoy keeping records, lists or spreadsheets accurate and up to date.'),

    likert('e2', 'E', P2, "I would like to be the person accountable for a product's commercial results."),
    likert(
      's2',
      'S',
      P2,
      'Explaining a difficult idea until someone really understands it is satisfying for me.',
    ),
    likert('c2', 'C', P2, 'Following a clear, well-documented procedure is comfortable for me.'),
    likert('r2', 'R', P2, 'I like fixing a physical device by taking it apart and finding the broken part.'),
    likert('i2', 'I', P2, 'I would like to read research papers to find out how a method actually performs.'),
    likert('a2', 'A', P2, 'I like writing stories, essays or scripts in my spare time.'),

    likert('a3', 'A', P3, 'I would enjoy sketching several visual concepts before choosing one.'),
    likert('c3', 'C', P3, 'I would like checking a data set for errors and inconsistencies.'),
    likert(
      'r3',
      'R',
      P3,
      'I would like to build something tangible, such as a circuit board or a shelf, from a plan.',
    ),
    likert('i3', 'I', P3, 'Designing an experiment to test a hunch appeals to me.'),
    likert('e3', 'E', P3, 'Negotiating a deal or a budget sounds energising to me.'),
    likert('s3', 'S', P3, 'I would like a role where helping people with their problems is the main task.'),

    likert('i4', 'I', P4, 'I like learning the mathematics behind a tool before trusting it.'),
    likert('e4', 'E', P4, 'Leading a meeting where decisions have to be made quickly suits me.'),
    likert(
      'r4',
      'R',
      P4,
      'I would enjoy a job where part of the day is spent on my feet, working with equipment.',
    ),
    likert('a4', 'A', P4, 'Work that asks for original ideas rather than a set procedure suits me.'),
    likert('s4', 'S', P4, 'Running a workshop or class for a group of learners appeals to me.'),
    likert('c4', 'C', P4, 'I like organising files and folders so anything can be found quickly.'),

    likert('r5', 'R', P5, 'Setting up cables, sensors or machines by hand sounds tedious to me.', true),
    likert(
      'i5',
      'I',
      P5,
      'I would rather not spend hours digging into the root cause of a puzzling result.',
      true,
    ),
    likert('a5', 'A', P5, 'Choosing colours, typefaces or layouts feels like a chore to me.', true),
    likert('s5', 'S', P5, 'I would rather work alone than spend my day supporting others.', true),
    likert('e5', 'E', P5, 'I would avoid a role where I have to pitch ideas to senior leaders.', true),
    likert('c5', 'C', P5, 'Detailed rules and checklists make work feel dull to me.', true),
  ],
  // Careers are matched on the O*NET interest profiles the import brings (lib/assessment/matching).
  rules: [],
  synthetic: { seed: 20240611, respondents: 240, retakes: 40, sharedFactor: 0.15 },
}
