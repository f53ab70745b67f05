import { fieldElementId } from '../lib/fieldLocation'

/** Brings a field into view and puts the cursor in it, or on its first control. */
export const focusField = (path: string) => {
  const element = document.getElementById(fieldElementId(path))
  if (!element) return
  element.scrollIntoView({ behavior: 'smooth', block: 'center' })
  const control = element.matches('input, textarea, select, button')
    ? element
    : element.querySelector<HTMLElement>('input, textarea, select, button, [tabindex]')
  control?.focus({ preventScroll: true })
}
