/** Where the embedded database lives when `DATABASE_URI` is not set. */
export const DEFAULT_DATABASE_URI = 'file:./data/career-evidence.db'

export const isMongoUri = (uri: string): boolean =>
  uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')

export const databaseUri = (): string => process.env.DATABASE_URI || DEFAULT_DATABASE_URI
