/** The four kinds of page bench:scale times, in the order it prints them. */
export const PAGE_TYPES = ['evidence', 'career', 'skill', 'search'] as const

export type PageType = (typeof PAGE_TYPES)[number]

export type PerPageType<T> = Record<PageType, T>
