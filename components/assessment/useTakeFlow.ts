import { type FormEvent, useEffect, useState } from 'react'

import type { InstrumentItem } from '../../lib/assessment/instrument'
import type { PostedAnswers } from '../../lib/assessment/submit/takeFormState'
import { newIdempotencyKey } from './idempotencyKey'

export type Group = { title: string; items: InstrumentItem[] }

type Saved = {
  answers: Record<string, string>
  evidence: Record<string, string>
  page: number
  idempotencyKey: string
}

type FlowArgs = {
  slug: string
  groups: Group[]
  /** Minted by the server for the no-JavaScript form; the hydrated form keeps its own. */
  idempotencyKey: string
  retakeOf?: string
  /** What a refused no-JavaScript submission sent, put back as it was. */
  posted: PostedAnswers | null
}

const storageKey = (slug: string) => `career-evidence:assessment:${slug}`

const readSaved = (slug: string): Saved | null => {
  try {
    return JSON.parse(localStorage.getItem(storageKey(slug)) ?? 'null') as Saved | null
  } catch {
    // A corrupt or blocked store just means starting afresh.
    return null
  }
}

/** Focuses the first option of a question once React has shown its page. */
const focusQuestion = (key: string) =>
  requestAnimationFrame(() =>
    document.querySelector<HTMLInputElement>(`input[name="answer.${CSS.escape(key)}"]`)?.focus(),
  )

/**
 * The take flow's state: answers and notes kept in localStorage so a reload resumes (and says so),
 * one group per page, which questions still need an answer (counted live, so the reminder clears
 * itself once they are answered), and the JSON submission to the API.
 */
export function useTakeFlow({ slug, groups, idempotencyKey, retakeOf, posted }: FlowArgs) {
  const [enhanced, setEnhanced] = useState(false)
  const [page, setPage] = useState(0)
  const [answers, setAnswers] = useState<Record<string, string>>(posted?.answers ?? {})
  const [evidence, setEvidence] = useState<Record<string, string>>(posted?.evidence ?? {})
  const [key, setKey] = useState(posted?.idempotencyKey || idempotencyKey)
  const [resumed, setResumed] = useState(false)
  /** Where the reader last tried to move on with questions unanswered: this page, or the whole form. */
  const [checking, setChecking] = useState<'page' | 'all' | null>(null)
  const [serverError, setServerError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  useEffect(() => {
    // Saved answers live in localStorage, which the server render cannot see: restoring them has to
    // wait until after hydration, so setting state here is the point of this effect.
    /* eslint-disable react-hooks/set-state-in-effect */
    const saved = posted ? null : readSaved(slug)
    if (saved && Object.keys(saved.answers ?? {}).length > 0) {
      setAnswers(saved.answers)
      setEvidence(saved.evidence ?? {})
      setPage(Math.min(saved.page ?? 0, groups.length - 1))
      setKey(saved.idempotencyKey || newIdempotencyKey())
      setResumed(true)
    } else if (!posted) setKey(newIdempotencyKey())
    setEnhanced(true)
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [slug, groups.length, posted])

  useEffect(() => {
    if (!enhanced) return
    try {
      localStorage.setItem(
        storageKey(slug),
        JSON.stringify({ answers, evidence, page, idempotencyKey: key } satisfies Saved),
      )
    } catch {
      // Private browsing may refuse storage; the form still works, it just cannot resume.
    }
  }, [enhanced, answers, evidence, page, key, slug])

  const allItems = groups.flatMap((group) => group.items)
  const unanswered = (items: InstrumentItem[]) => items.filter((item) => answers[item.key] === undefined)
  const missingOnPage = unanswered(groups[page]?.items ?? [])
  const missingAll = unanswered(allItems)
  const missing = checking === 'page' ? missingOnPage : checking === 'all' ? missingAll : []

  const reminder =
    missing.length === 0
      ? null
      : checking === 'page'
        ? `Please answer every question on this page (${missing.length} left).`
        : `Please answer every question (${missing.length} left).`

  const go = (next: number) => {
    setChecking(null)
    setServerError(null)
    setPage(next)
    requestAnimationFrame(() => document.getElementById(`assessment-page-${next}`)?.focus())
  }

  /** Points the reader at the first unanswered question, on its own page. */
  const showMissing = (scope: 'page' | 'all', first: InstrumentItem) => {
    setChecking(scope)
    setPage(groups.findIndex((group) => group.items.includes(first)))
    focusQuestion(first.key)
  }

  const next = () => {
    if (missingOnPage.length > 0) return showMissing('page', missingOnPage[0])
    go(page + 1)
  }

  const answer = (item: string, value: string) => {
    setServerError(null)
    setAnswers((current) => ({ ...current, [item]: value }))
  }

  const note = (item: string, text: string) => setEvidence((current) => ({ ...current, [item]: text }))

  const startOver = () => {
    setAnswers({})
    setEvidence({})
    setKey(newIdempotencyKey())
    setResumed(false)
    go(0)
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    // Before hydration the browser posts the form itself (the page's server function handles it).
    if (!enhanced) return
    event.preventDefault()
    if (missingAll.length > 0) return showMissing('all', missingAll[0])
    setSending(true)
    const body = {
      idempotencyKey: key,
      ...(retakeOf ? { retakeOf } : {}),
      answers: Object.fromEntries(
        allItems.map((item) => {
          const value = Number(answers[item.key])
          const text = evidence[item.key]?.trim()
          return [item.key, item.type === 'rubric' && text ? { level: value, evidence: text } : value]
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
      setServerError(result.error ?? 'The answers could not be saved. Please try again.')
    } catch {
      setServerError('The answers could not be sent. Check your connection and try again.')
    }
    setSending(false)
  }

  return {
    enhanced,
    page,
    answers,
    evidence,
    key,
    resumed,
    sending,
    answered: allItems.length - missingAll.length,
    total: allItems.length,
    missing: new Set(missing.map((item) => item.key)),
    message: reminder ?? serverError,
    go,
    next,
    answer,
    note,
    startOver,
    submit,
  }
}
