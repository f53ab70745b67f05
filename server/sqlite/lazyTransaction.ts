import type { InStatement, ResultSet, Transaction } from '@libsql/client'

import type { Release } from './writerQueue'

type Opened = { transaction: Transaction; release: Release }
export type OpenTransaction = () => Promise<Opened>

/**
 * A transaction that takes the write lock at its first statement rather than when it is created.
 * Payload opens a transaction at the start of an operation and some operations write outside it before
 * they use it (forgot-password reserves its one-request-per-interval slot that way): had the lock been
 * taken already, that write would wait for a transaction that waits for it.
 */
export class LazyTransaction implements Transaction {
  #open: OpenTransaction
  #opening?: Promise<Opened>
  #opened?: Opened
  #ended = false

  constructor(open: OpenTransaction) {
    this.#open = open
  }

  async #begin(): Promise<Transaction> {
    this.#opening ??= this.#open().then((opened) => (this.#opened = opened))
    return (await this.#opening).transaction
  }

  /** The opened transaction, or nothing when it never took the lock (no statement, or the wait failed). */
  async #settled(): Promise<Opened | undefined> {
    const opened = await this.#opening?.catch(() => undefined)
    if (!opened) this.#ended = true
    return opened
  }

  /** Hands the lock to the next writer as soon as SQLite has let go of it. */
  async #end(finish: (transaction: Transaction) => Promise<void>): Promise<void> {
    const opened = await this.#settled()
    if (!opened) return
    try {
      await finish(opened.transaction)
    } finally {
      if (opened.transaction.closed) opened.release()
    }
  }

  async execute(statement: InStatement): Promise<ResultSet> {
    return (await this.#begin()).execute(statement)
  }

  async batch(statements: InStatement[]): Promise<ResultSet[]> {
    return (await this.#begin()).batch(statements)
  }

  async executeMultiple(sql: string): Promise<void> {
    return (await this.#begin()).executeMultiple(sql)
  }

  commit(): Promise<void> {
    return this.#end((transaction) => transaction.commit())
  }

  rollback(): Promise<void> {
    return this.#end((transaction) => transaction.rollback())
  }

  close(): void {
    void this.#end(async (transaction) => transaction.close())
  }

  get closed(): boolean {
    return this.#opened ? this.#opened.transaction.closed : this.#ended
  }
}
