/** A page number from the URL: digits only, 2 or more (page 1 has no number in its address). */
export const pageNumber = (value: string | undefined): number | null =>
  value === undefined ? 1 : /^[1-9]\d{0,4}$/.test(value) && value !== '1' ? Number(value) : null
