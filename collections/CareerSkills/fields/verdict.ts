import type { FieldAccess, GroupField } from 'payload'

import { hasRole } from '../../../access/roles'
import { vocabularySelect } from '../../../fields/vocabularySelect'
import { CERTAINTY_GRADES, IMPORTANCE } from '../../../lib/evidence/model'

/** Only reviewers overrule the computed certainty; editors read the override, they do not set it. */
const reviewersOnly: FieldAccess = ({ req }) => hasRole(req.user, 'reviewer', 'admin')

/**
 * The answer the page opens with. Importance is the reviewer-approved call on a four-step scale; its
 * certainty is computed from the cited evidence every time the page renders, and a reviewer may
 * overrule the computed grade only with a reason, which the page shows next to the grade.
 */
export const verdictField: GroupField = {
  name: 'verdict',
  type: 'group',
  admin: { description: 'How important the skill is for this career, and why.' },
  fields: [
    vocabularySelect({
      name: 'importance',
      vocabulary: IMPORTANCE,
      // Required by readiness at submit, not by the schema: pages written before verdicts existed keep
      // loading, and drafts may be saved half-done.
      admin: {
        description: 'Essential only for a gatekeeper skill, and a gatekeeper skill only as essential.',
      },
    }),
    {
      name: 'rationale',
      type: 'textarea',
      admin: { description: 'Why this importance for this career, drawing on what the page cites.' },
    },
    {
      name: 'certaintyOverride',
      type: 'group',
      access: { create: reviewersOnly, update: reviewersOnly },
      admin: {
        description:
          'Reviewers only. Leave empty to show the certainty computed from the cited evidence; a grade set here replaces it and its reason is shown.',
      },
      fields: [
        vocabularySelect({ name: 'grade', vocabulary: CERTAINTY_GRADES }),
        {
          name: 'reason',
          type: 'textarea',
          validate: (value: unknown, { siblingData }: { siblingData: { grade?: string | null } }) =>
            !siblingData?.grade ||
            Boolean(typeof value === 'string' && value.trim()) ||
            'Say why the computed certainty is overruled; readers see the reason.',
        },
      ],
    },
  ],
}
