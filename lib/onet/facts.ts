import { z } from 'zod'

/**
 * The shapes of the O*NET facts a career or skill keeps as JSON, in one place: the importer writes
 * them, the site parses them back before showing anything. Each list item keeps its provenance.
 */
const provenance = { date: z.string().nullable(), domainSource: z.string().nullable() }

export const storedAlternateTitle = z.object({ title: z.string().min(1), shortTitle: z.string().nullable() })

export const storedTask = z.object({
  id: z.string().min(1),
  statement: z.string().min(1),
  /** O*NET rated it a core task, or has not rated the occupation's tasks. */
  rated: z.enum(['core', 'unrated']),
  incumbentsResponding: z.number().nullable(),
  ...provenance,
})

export const storedRelated = z.object({ code: z.string().min(1), tier: z.string().min(1), rank: z.number() })

export const storedTechnology = z.object({
  skill: z.string().min(1),
  example: z.string().min(1),
  commodityTitle: z.string().min(1),
  hot: z.boolean(),
  inDemand: z.boolean(),
})

export type StoredAlternateTitle = z.infer<typeof storedAlternateTitle>
export type StoredTask = z.infer<typeof storedTask>
export type StoredRelated = z.infer<typeof storedRelated>
export type StoredTechnology = z.infer<typeof storedTechnology>

/** Parses a stored list, keeping the items that match and dropping any that do not. */
export const parseStoredList = <T>(schema: z.ZodType<T>, value: unknown): T[] =>
  Array.isArray(value)
    ? value.flatMap((item) => {
        const parsed = schema.safeParse(item)
        return parsed.success ? [parsed.data] : []
      })
    : []
