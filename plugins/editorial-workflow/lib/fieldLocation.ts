/**
 * Where a readiness problem sits in the form. A problem's path may reach into what a field cites
 * (`headlineFindings.0.source`), which the form does not hold: it points at the nearest field the form
 * does hold. Payload names a field's element `field-` + its path with dots as double underscores.
 */
export const fieldPathFor = (problemPath: string, formPaths: Iterable<string>): string | null => {
  const known = new Set(formPaths)
  const parts = problemPath.split('.').filter(Boolean)
  for (let length = parts.length; length > 0; length -= 1) {
    const candidate = parts.slice(0, length).join('.')
    if (known.has(candidate)) return candidate
  }
  return null
}

export const fieldElementId = (path: string) => `field-${path.replace(/\./g, '__')}`
