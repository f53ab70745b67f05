'use client'

import React, { useEffect, useRef, useState } from 'react'

import type { InstrumentItem } from '../../../../lib/assessment/instrument'
import { newIdempotencyKey } from './idempotencyKey'

type Group = { title: string; items: InstrumentItem[] }

type Props = {
  slug: string
  groups: Group[]
  scaleLabels: { value: number; label: string }[]
  /**
   * Minted by the server for this request, for the no-JavaScript form; once hydrated, the form uses
   * the key saved with its answers or mints its own.
   */
  idempotencyKey: string
  /** The result id of the attempt this one retakes, when the reader came from "Take it again". */
  retakeOf?: string
}

type Saved = {
  answers: Record<string, string>
  evidence: Record<string, string>
  page: number
  idempotencyKey: string
}

const storageKey = (slug: string) => `career-evidence:assessment:${slug}`

/**
 * The take flow. Rendered on the server it is one plain form of every question that posts to the
 * form route (works with JavaScript off); once hydrated it shows one group at a time with a progress
 * bar, keeps answers in localStorage so a reload resumes, and submits JSON to the endpoint.
 */
export function AssessmentForm({ slug, groups, scaleLabels, idempotencyKey, retakeOf }: Props) {
  const [enhanced, setEnhanced] = useState(false)
  const [page, setPage] = useState(0)
  const [answers, setAnswers] = useState<Record<string, string>>({})
  const [evidence, setEvidence] = useState<Record<string, string>>({})
  const [key, setKey] = useState(idempotencyKey)
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    // Saved answers live in localStorage, which the server render cannot see: restoring them has to
    // wait until after hydration, so setting state here is the point of this effect.
    /* eslint-disable react-hooks/set-state-in-effect */
    setKey(newIdempotencyKey())
    try {
      const saved = JSON.parse(localStorage.getItem(storageKey(slug)) ?? 'null') as Saved | null
      if (saved) {
        setAnswers(saved.answers ?? {})
        setEvidence(saved.evidence ?? {})
        setPage(Math.min(saved.page ?? 0, groups.length - 1))
        if (saved.idempotencyKey) setKey(saved.idempotencyKey)
      }
    } catch {
      // A corrupt or blocked store just means starting afresh.
    }
    setEnhanced(true)
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [slug, groups.length])

  useEffect(() => {
    if (!enhanced) return
    const saved: Saved = { answers, evidence, page, idempotencyKey: key }
    try {
      localStorage.setItem(storageKey(slug), JSON.stringify(saved))
    } catch {
      // Private browsing may refuse storage; the form still works, it just cannot resume.
    }
  }, [enhanced, answers, evidence, page, key, slug])

  const allItems = groups.flatMap((group) => group.items)
  const answered = allItems.filter((item) => answers[item.key] !== undefined).length
  const unansweredOnPage = (groups[page]?.items ?? []).filter((item) => answers[item.key] === undefined)

  const go = (next: number) => {
    setError(null)
    setPage(next)
    requestAnimationFrame(() => heading.current?.focus())
  }

  const onNext = () => {
    if (unansweredOnPage.length > 0) {
      setError(`Please answer every question on this page (${unansweredOnPage.length} left).`)
      return
    }
    go(page + 1)
  }

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    if (!enhanced) return
    event.preventDefault()
    if (unansweredOnPage.length > 0 || answered < allItems.length) {
      setError(`Please answer every question (${allItems.length - answered} left).`)
      return
    }
    setSending(true)
    const body = {
      idempotencyKey: key,
      ...(retakeOf ? { retakeOf } : {}),
      answers: Object.fromEntries(
        allItems.map((item) => {
          const value = Number(answers[item.key])
          const note = evidence[item.key]?.trim()
          return [item.key, item.type === 'rubric' && note ? { level: value, evidence: note } : value]
        }),
      ),
    }
    try {
      const response = await fetch(`/api/assessments/${slug}/submit`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const result = (await response.json()) as { resultUrl?: string; error?: string }
      if (response.status === 201 && result.resultUrl) {
        localStorage.removeItem(storageKey(slug))
        window.location.assign(result.resultUrl)
        return
      }
      // The key was already used for other answers: this attempt gets a key of its own.
      if (response.status === 409) setKey(newIdempotencyKey())
      setError(result.error ?? 'The answers could not be saved. Please try again.')
    } catch {
      setError('The answers could not be sent. Check your connection and try again.')
    }
    setSending(false)
  }

  return (
    <form
      className="assessment-form"
      method="post"
      action={`/assessments/${slug}/submit`}
      onSubmit={onSubmit}
      noValidate={enhanced}
    >
      <input type="hidden" name="idempotencyKey" value={key} />
      {retakeOf && <input type="hidden" name="retakeOf" value={retakeOf} />}
      {enhanced && (
        <div className="assessment-progress">
          <label htmlFor="assessment-progress">
            Page {page + 1} of {groups.length} · {answered} of {allItems.length} answered
          </label>
          <progress id="assessment-progress" max={allItems.length} value={answered} />
        </div>
      )}
      {groups.map((group, index) => (
        <fieldset key={group.title} className="assessment-group" hidden={enhanced && index !== page}>
          <legend>
            <h2 ref={index === page ? heading : undefined} tabIndex={-1}>
              {group.title}
            </h2>
          </legend>
          {group.items.map((item) => (
            <Question
              key={item.key}
              item={item}
              scaleLabels={scaleLabels}
              value={answers[item.key]}
              note={evidence[item.key] ?? ''}
              onChange={(value) => setAnswers((current) => ({ ...current, [item.key]: value }))}
              onNote={(note) => setEvidence((current) => ({ ...current, [item.key]: note }))}
            />
          ))}
        </fieldset>
      ))}
      {error && (
        <p className="assessment-error" role="alert">
          {error}
        </p>
      )}
      <div className="assessment-nav">
        {enhanced && page > 0 && (
          <button type="button" onClick={() => go(page - 1)}>
            Back
          </button>
        )}
        {enhanced && page < groups.length - 1 ? (
          <button type="button" onClick={onNext}>
            Next
          </button>
        ) : (
          <button type="submit" disabled={sending}>
            {sending ? 'Scoring…' : 'See my results'}
          </button>
        )}
      </div>
    </form>
  )
}

type QuestionProps = {
  item: InstrumentItem
  scaleLabels: { value: number; label: string }[]
  value: string | undefined
  note: string
  onChange: (value: string) => void
  onNote: (note: string) => void
}

function Question({ item, scaleLabels, value, note, onChange, onNote }: QuestionProps) {
  const options =
    item.type === 'likert'
      ? Array.from({ length: item.max - item.min + 1 }, (_, index) => {
          const point = item.min + index
          return {
            value: point,
            label: scaleLabels.find((entry) => entry.value === point)?.label ?? String(point),
          }
        })
      : item.levels.map((level) => ({ value: level.value, label: level.description }))
  return (
    <fieldset className={`assessment-item assessment-item--${item.type}`}>
      <legend>{item.text}</legend>
      <div className="assessment-options">
        {options.map((option, index) => (
          <label key={option.value}>
            <input
              type="radio"
              name={`answer.${item.key}`}
              value={option.value}
              required={index === 0}
              checked={value === String(option.value)}
              onChange={() => onChange(String(option.value))}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {item.type === 'rubric' && item.allowEvidence && (
        <label className="assessment-evidence">
          <span>What you built or did (optional, not scored)</span>
          <textarea
            name={`evidence.${item.key}`}
            maxLength={2000}
            rows={2}
            value={note}
            onChange={(event) => onNote(event.target.value)}
          />
        </label>
      )}
    </fieldset>
  )
}
