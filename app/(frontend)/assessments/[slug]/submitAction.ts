'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { payloadClient } from '../../../../lib/assessment/data/payloadClient'
import { clientKeyFrom } from '../../../../lib/assessment/submit/clientKey'
import { submitForm } from '../../../../lib/assessment/submit/submitForm'
import { postedFrom, type TakeFormState } from '../../../../lib/assessment/submit/takeFormState'

/**
 * The take form without JavaScript: the browser posts it to the take page itself, Next runs this,
 * and either answers 303 to the result or renders the page again with this state, every answer
 * given still chosen and the reason in words. (With JavaScript the form sends JSON to the API.)
 */
export async function submitTakeForm(_previous: TakeFormState, data: FormData): Promise<TakeFormState> {
  const form = new URLSearchParams()
  for (const [name, value] of data) if (typeof value === 'string') form.append(name, value)
  const outcome = await submitForm({
    payload: await payloadClient(),
    slug: form.get('slug') ?? '',
    clientKey: clientKeyFrom({ headers: await headers() }),
    form,
  })
  if ('resultUrl' in outcome) redirect(outcome.resultUrl)
  return { refusal: outcome.refusal, posted: postedFrom(form) }
}
