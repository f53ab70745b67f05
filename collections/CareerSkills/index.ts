import type { CollectionConfig } from 'payload'

import { ratingField } from '../../fields/rating'
import { vocabularySelect } from '../../fields/vocabularySelect'
import { CAREER_STAGES, RATING_KEYS } from '../../lib/evidence/model'
import { contentCollection } from '../contentCollection'
import { verdictField } from './fields/verdict'
import { ensureUniquePair } from './hooks/ensureUniquePair'
import { setTitle } from './hooks/setTitle'
import { revalidateCareerSkill } from './hooks/revalidateCareerSkill'

export const CareerSkills: CollectionConfig = contentCollection({
  slug: 'career-skills',
  labels: { singular: 'Career skill', plural: 'Career skills' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'career', 'skill', '_status'],
    group: 'Evidence pages',
    description: 'One evidence page: how much a skill weighs for a career.',
  },
  indexes: [{ fields: ['career', 'skill'], unique: true }],
  hooks: {
    beforeValidate: [ensureUniquePair],
    beforeChange: [setTitle],
    afterChange: [revalidateCareerSkill.afterChange],
    afterDelete: [revalidateCareerSkill.afterDelete],
  },
  fields: [
    { name: 'title', type: 'text', admin: { readOnly: true, description: 'Set from the skill and career.' } },
    {
      type: 'row',
      fields: [
        { name: 'career', type: 'relationship', relationTo: 'careers', required: true, index: true },
        { name: 'skill', type: 'relationship', relationTo: 'skills', required: true, index: true },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      admin: { description: 'Shown under the page title.' },
    },
    {
      type: 'tabs',
      tabs: [
        { label: 'Verdict', fields: [verdictField] },
        {
          label: 'Ratings',
          fields: RATING_KEYS.map(ratingField),
        },
        {
          label: 'Career path',
          fields: [
            {
              name: 'screening',
              type: 'array',
              labels: { singular: 'Stage', plural: 'Stages' },
              admin: { description: 'How the skill is checked at each career stage.' },
              fields: [
                vocabularySelect({ name: 'stage', vocabulary: CAREER_STAGES, required: true }),
                { name: 'howScreened', type: 'textarea', required: true },
              ],
            },
            {
              name: 'portfolioPairings',
              type: 'relationship',
              relationTo: 'skills',
              hasMany: true,
              admin: { description: 'Skills this one is shown alongside in a portfolio.' },
            },
          ],
        },
        {
          label: 'Evidence',
          fields: [
            {
              name: 'headlineFindings',
              type: 'relationship',
              relationTo: 'findings',
              hasMany: true,
              admin: {
                description:
                  'The stat cards at the top of the page, in order. Direct evidence only: never a context finding.',
              },
            },
            {
              name: 'findings',
              type: 'relationship',
              relationTo: 'findings',
              hasMany: true,
              admin: {
                description:
                  'Direct evidence, numbered in order: findings that measure this skill, or people in this career.',
              },
            },
            {
              name: 'contextFindings',
              type: 'relationship',
              relationTo: 'findings',
              hasMany: true,
              admin: {
                description:
                  'Context: findings about other work, roles or the labour market at large. Shown under a heading that says they are not about this skill.',
              },
            },
          ],
        },
        {
          label: 'Scope',
          fields: [
            { name: 'scopeNote', type: 'textarea', required: true },
            {
              name: 'limitations',
              type: 'textarea',
              required: true,
              label: 'What the evidence does not prove',
            },
            {
              name: 'adjacentQuestions',
              type: 'array',
              fields: [{ name: 'question', type: 'text', required: true }],
            },
          ],
        },
      ],
    },
  ],
})
