import type { CollectionSlug, Payload, ServerProps } from 'payload'
import React from 'react'

import { whatChanged } from '../lib/diff/whatChanged'
import type { FieldChange } from '../lib/diff/types'
import { titleOf } from '../lib/documents'
import type { ResolvedWorkflowOptions } from '../types'

type Props = ServerProps & {
  collectionSlug: string
  data?: Record<string, unknown>
  workflow: ResolvedWorkflowOptions
}

/** The titles of the documents a diff's relationship changes point at: one query per collection. */
const linkedTitles = async (payload: Payload, changes: FieldChange[]) => {
  const wanted = new Map<string, Set<string>>()
  for (const change of changes) {
    if (change.kind !== 'relationship' || change.relationTo.includes(',')) continue
    const ids = wanted.get(change.relationTo) ?? new Set<string>()
    for (const id of [...change.added, ...change.removed]) ids.add(id)
    wanted.set(change.relationTo, ids)
  }
  const titles = new Map<string, string>()
  await Promise.all(
    [...wanted].map(async ([collection, ids]) => {
      const { docs } = await payload.find({
        collection: collection as CollectionSlug,
        draft: true,
        where: { id: { in: [...ids] } },
        depth: 0,
        limit: ids.size,
        pagination: false,
        overrideAccess: true,
      })
      for (const doc of docs)
        titles.set(String(doc.id), titleOf(payload, collection, doc as unknown as Record<string, unknown>))
    }),
  )
  return titles
}

const Words = ({ text }: { text: string }) => (text ? <q>{text}</q> : <em>empty</em>)

const Change = ({ change, titles }: { change: FieldChange; titles: Map<string, string> }) => {
  const name = (id: string) => `“${titles.get(id) ?? id}”`
  switch (change.kind) {
    case 'text':
    case 'value':
      return (
        <li>
          <strong>{change.label}</strong> changed from <Words text={change.before} /> to{' '}
          <Words text={change.after} />
        </li>
      )
    case 'relationship':
      return (
        <li>
          <strong>{change.label}</strong>
          {change.added.length > 0 && <> added {change.added.map(name).join(', ')}</>}
          {change.added.length > 0 && change.removed.length > 0 && ';'}
          {change.removed.length > 0 && <> removed {change.removed.map(name).join(', ')}</>}
          {change.reordered && ' reordered'}
        </li>
      )
    case 'rows':
      return (
        <li>
          <strong>{change.label}</strong>
          {change.added > 0 && ` ${change.added} row${change.added === 1 ? '' : 's'} added`}
          {change.removed > 0 && ` ${change.removed} row${change.removed === 1 ? '' : 's'} removed`}
          {change.reordered && ' reordered'}
        </li>
      )
    default:
      return (
        <li>
          <strong>{change.label}</strong> changed
        </li>
      )
  }
}

/**
 * "What changed since it was published", at the top of a document under review: each field that
 * differs from the version readers see, with the words before and after, links added and removed, and
 * any move of the headline judgements (verdict, certainty). Shown to reviewers.
 */
export const WhatChanged = async ({ payload, user, collectionSlug, data, workflow }: Props) => {
  if (!workflow.isReviewer(user) || !data?.id || data.stage === 'published') return null
  const diff = await whatChanged({ payload, options: workflow, collection: collectionSlug, current: data })
  const titles = await linkedTitles(payload, diff.changes)
  return (
    <section
      className="what-changed"
      aria-labelledby="what-changed-heading"
      style={{ marginBottom: '1.5rem' }}
    >
      <h3 id="what-changed-heading" style={{ margin: '0 0 0.5rem' }}>
        What changed since it was published
      </h3>
      {diff.isNew ? (
        <p>It was never published: readers will see all of it for the first time.</p>
      ) : diff.changes.length === 0 && diff.summaries.length === 0 ? (
        <p>Nothing readers see has changed.</p>
      ) : (
        <ul style={{ paddingLeft: '1.1rem', margin: 0 }}>
          {diff.summaries.map((summary) => (
            <li key={`summary:${summary.name}`}>
              <strong>The {summary.name}</strong> moves from <Words text={summary.before} /> to{' '}
              <Words text={summary.after} />
            </li>
          ))}
          {diff.changes.map((change) => (
            <Change key={change.path} change={change} titles={titles} />
          ))}
        </ul>
      )}
    </section>
  )
}
