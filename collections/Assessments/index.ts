import type { CollectionConfig } from 'payload'

import { slugField } from '../../fields/slug'
import { contentCollection } from '../contentCollection'
import { submitEndpoint } from './endpoints/submit'
import { dropStatistics } from './hooks/dropStatistics'
import { keepComputedReliability } from './hooks/keepComputedReliability'
import { refreshSubmitCacheAfterChange, refreshSubmitCacheAfterDelete } from './hooks/refreshSubmitCache'
import { revalidateAssessment } from './hooks/revalidateAssessment'
import { itemsField } from './fields/items'
import { normsField } from './fields/norms'
import { recommendationRulesField } from './fields/recommendationRules'
import { reliabilityField } from './fields/reliability'

export const Assessments: CollectionConfig = contentCollection({
  slug: 'assessments',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'estimatedMinutes', 'slug'],
    group: 'Assessments',
  },
  endpoints: [submitEndpoint],
  hooks: {
    beforeChange: [keepComputedReliability],
    afterChange: [refreshSubmitCacheAfterChange, revalidateAssessment.afterChange],
    beforeDelete: [dropStatistics],
    afterDelete: [refreshSubmitCacheAfterDelete, revalidateAssessment.afterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField('title'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { label: 'Matching: work interests → careers', value: 'matching' },
        { label: 'Skill level: a skill → what to build next', value: 'skill-level' },
      ],
    },
    {
      name: 'skill',
      type: 'relationship',
      relationTo: 'skills',
      index: true,
      admin: {
        condition: (data) => data?.kind === 'skill-level',
        description:
          'The skill this instrument measures: the evidence pages of this skill, and only those, link to it.',
      },
    },
    { name: 'summary', type: 'textarea', required: true },
    { name: 'instructions', type: 'textarea', required: true },
    { name: 'estimatedMinutes', type: 'number', required: true, min: 1, max: 60 },
    {
      name: 'scaleLabels',
      type: 'array',
      admin: { description: 'Words for each Likert point, e.g. 1 = "Strongly dislike".' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'number', required: true },
            { name: 'label', type: 'text', required: true },
          ],
        },
      ],
    },
    {
      name: 'dimensions',
      type: 'array',
      required: true,
      minRows: 1,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', required: true },
            { name: 'label', type: 'text', required: true },
          ],
        },
        { name: 'description', type: 'textarea', required: true },
      ],
    },
    itemsField,
    normsField,
    recommendationRulesField,
    reliabilityField,
  ],
})
