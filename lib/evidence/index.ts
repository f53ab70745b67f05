/** The evidence model and the pure rules built on it; see README ("Folders") for what each does. */
export * from './model'
export * from './certainty'
export * from './flags'
export * from './numbers'
export * from './sources'
