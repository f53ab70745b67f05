import type { Client, InStatement, ResultSet, Transaction, TransactionMode } from '@libsql/client'

const BEGIN: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

/** Begins a transaction on a connection of the pool; the statement fails as SQLite answers it (a lock). */
export const beginOn = async (connection: Client, mode: TransactionMode): Promise<void> => {
  await connection.execute(BEGIN[mode])
}

/**
 * A transaction on a connection that outlives it. libSQL's own hands each transaction a connection and
 * opens a new one for whatever comes next: about 2 ms each on this schema (SQLite reads the whole schema
 * on a new connection's first statement), most of a small write. Here the connection goes back to the
 * pool when the transaction ends, unless a statement failed on it: libSQL then leaves that statement
 * unfinished, and the connection is closed instead (`end(false)`).
 */
export class ConnectionTransaction implements Transaction {
  #connection: Client
  #end: (reusable: boolean) => void
  #open = true
  #failed = false

  constructor(connection: Client, end: (reusable: boolean) => void) {
    this.#connection = connection
    this.#end = end
  }

  async execute(statement: InStatement): Promise<ResultSet> {
    if (!this.#open) throw new Error('The transaction is closed.')
    try {
      return await this.#connection.execute(statement)
    } catch (error) {
      this.#failed = true
      throw error
    }
  }

  async batch(statements: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = []
    for (const statement of statements) results.push(await this.execute(statement))
    return results
  }

  /** Not offered: libSQL's multi-statement call rolls back any transaction open on its connection. */
  async executeMultiple(): Promise<void> {
    throw new Error('executeMultiple is not available inside a transaction here; run each statement.')
  }

  async commit(): Promise<void> {
    await this.#finish('COMMIT')
  }

  async rollback(): Promise<void> {
    await this.#finish('ROLLBACK').catch((error: unknown) => {
      // SQLite may have rolled back already, after a failed statement; the transaction is over either way.
      if (!this.#failed) throw error
    })
  }

  close(): void {
    if (this.#open) void this.rollback()
  }

  get closed(): boolean {
    return !this.#open
  }

  async #finish(statement: 'COMMIT' | 'ROLLBACK'): Promise<void> {
    if (!this.#open) return
    try {
      await this.#connection.execute(statement)
      this.#open = false
      this.#end(!this.#failed)
    } catch (error) {
      if (statement === 'COMMIT') {
        // A commit SQLite refused leaves the transaction open: the caller rolls it back.
        this.#failed = true
        throw error
      }
      this.#open = false
      this.#end(false)
      throw error
    }
  }
}
