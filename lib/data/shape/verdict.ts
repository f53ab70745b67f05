import type { Certainty } from '../../evidence/certainty'
import {
  ANSWER_BASES,
  CERTAINTY_GRADES,
  IMPORTANCE,
  type Importance,
  readerLabel,
} from '../../evidence/model'
import type { VerdictView } from '../types'
import { basisView, scaleSteps } from './scale'

/** How sentences name the page's question: the skill, and the people in the career. */
export type Subject = { skill: string; career: string }

const ENDINGS: [RegExp, string][] = [
  [/(?<=[^aeiou])y$/, 'ies'],
  [/(?<=s|x|z|ch|sh)$/, 'es'],
  [/$/, 's'],
]

/**
 * The people in a career, as a sentence names them: "Backend Developer" → "backend developers". An
 * imported O*NET title is plural already ("Software Developers"); capitals inside a word (acronyms,
 * "DevOps") are kept.
 */
export const careerPeople = (title: string, { plural = false }: { plural?: boolean } = {}): string => {
  const words = title
    .trim()
    .split(/\s+/)
    .map((word) => (/^[A-Z][a-z'’-]*$/.test(word) ? word.toLowerCase() : word))
  const last = words.pop() ?? ''
  const [pattern, ending] = ENDINGS.find(([test]) => test.test(last))!
  return [...words, plural ? last : last.replace(pattern, ending)].join(' ')
}

/** "a Backend Developer", "an Application Engineer"; a plural O*NET title stands as it is. */
export const careerWithArticle = (title: string, { plural = false }: { plural?: boolean } = {}): string =>
  plural ? title : `${/^[aeiou]/i.test(title) ? 'an' : 'a'} ${title}`

type VerdictArgs = {
  verdict: { importance: Importance; rationale: string }
  certainty: Certainty
  subject: Subject
  /** The question as the page asks it: "How important is BentoML for a Backend Developer?" */
  question: string
  hasDirectEvidence: boolean
  hasContext: boolean
}

const noDirectEvidence = ({ subject, hasContext }: Pick<VerdictArgs, 'subject' | 'hasContext'>) =>
  `No study cited on this page measures ${subject.skill} or ${subject.career}${
    hasContext
      ? ', so there are no headline findings; the studies under “Context” describe other work or the labour market at large.'
      : '.'
  }`

/**
 * The verdict as a reader meets it: the reviewer's importance on its scale, the basis and certainty
 * computed from what the page cites (`certaintyOf`), and, when there is no direct evidence, a
 * sentence that says so. A reviewer's override is shown on its own line, so it is dropped from the
 * reasons, where `certaintyOf` appends it last.
 */
export const toVerdictView = ({
  verdict,
  certainty,
  subject,
  question,
  hasDirectEvidence,
  hasContext,
}: VerdictArgs): VerdictView => {
  const importance = IMPORTANCE.find((term) => term.value === verdict.importance)!
  const grade = CERTAINTY_GRADES.find((term) => term.value === certainty.grade)!
  const { override } = certainty
  return {
    question,
    importance: { value: importance.value, label: importance.label, legend: importance.legend },
    steps: scaleSteps(IMPORTANCE, verdict.importance),
    rationale: verdict.rationale,
    basis: basisView(ANSWER_BASES, certainty.basis),
    hasDirectEvidence,
    noDirectEvidence: hasDirectEvidence ? null : noDirectEvidence({ subject, hasContext }),
    certainty: {
      grade: certainty.grade,
      label: grade.label,
      legend: grade.legend,
      reasons: override ? certainty.reasons.slice(0, -1) : certainty.reasons,
      override: override
        ? {
            label: readerLabel(CERTAINTY_GRADES, override.grade),
            computedLabel: readerLabel(CERTAINTY_GRADES, certainty.computedGrade),
            reason: override.reason.trim(),
          }
        : null,
    },
  }
}
