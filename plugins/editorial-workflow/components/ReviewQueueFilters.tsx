import React from 'react'

import type { QueueQuery } from '../lib/reviewQueue'

type Props = { action: string; query: QueueQuery; collections: { slug: string; label: string }[] }

const AGES = [
  { label: 'Any age', value: '' },
  { label: 'Waiting over 1 hour', value: '1' },
  { label: 'Waiting over 1 day', value: '24' },
  { label: 'Waiting over 3 days', value: '72' },
]

/** Filter by collection and age and choose the order: a plain form, so it works without JavaScript too. */
export const ReviewQueueFilters = ({ action, query, collections }: Props) => (
  <form
    method="get"
    action={action}
    className="review-queue-filters"
    style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'end', margin: '1rem 0' }}
  >
    <label>
      Collection
      <select name="collection" defaultValue={query.collection ?? ''} style={{ display: 'block' }}>
        <option value="">All collections</option>
        {collections.map(({ slug, label }) => (
          <option key={slug} value={slug}>
            {label}
          </option>
        ))}
      </select>
    </label>
    <label>
      Age
      <select
        name="age"
        defaultValue={query.minHours ? String(query.minHours) : ''}
        style={{ display: 'block' }}
      >
        {AGES.map(({ label, value }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
    <label>
      Order
      <select name="sort" defaultValue={query.sort ?? 'oldest'} style={{ display: 'block' }}>
        <option value="oldest">Waiting longest first</option>
        <option value="newest">Newest first</option>
      </select>
    </label>
    <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
      Show
    </button>
  </form>
)
