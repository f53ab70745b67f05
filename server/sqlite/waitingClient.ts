import type {
  Client,
  InArgs,
  InStatement,
  Replicated,
  ResultSet,
  Transaction,
  TransactionMode,
} from '@libsql/client'

import { beginOn, ConnectionTransaction } from './connectionTransaction'
import { LazyTransaction } from './lazyTransaction'
import { isLocked, retryWhileLocked } from './locked'
import { createWriterQueue } from './writerQueue'

type WaitingClientArgs = {
  /** Opens a libSQL client: one connection for statements outside transactions. */
  openClient: () => Client
  /** How long a statement or transaction waits for the write lock before it fails as locked. */
  lockTimeoutMs: number
  /** Per-connection settings for the connection a transaction runs on. */
  connectionPragmas: string
}

/** Transaction connections kept open between transactions; more are opened when several run at once. */
const IDLE_CONNECTIONS = 4

const asStatement = (statement: InStatement, args?: InArgs): InStatement =>
  typeof statement === 'string' && args ? { sql: statement, args } : statement

/**
 * A libSQL client on which every statement waits for the write lock instead of failing at once.
 *
 * libSQL's local client hands its connection to each transaction and opens a fresh one for what comes
 * next, so a `busy_timeout` set once reaches only the first connection: every later transaction met
 * another writer with "database is locked" straight away. Setting the pragma on each new connection would
 * not do either, because libSQL waits synchronously: a second transaction of this process would hold the
 * event loop while the first, which owns the lock, could never reach its commit. So here:
 * - transactions of this process take turns (first come, first served), each from its first statement,
 *   and then wait up to the timeout for a lock held by another process;
 * - a `BEGIN` that meets a lock is tried again after a short pause until the timeout, without holding the
 *   event loop; a statement outside a transaction that meets one takes its turn with the transactions,
 *   then is tried the same way;
 * - a connection on which a statement failed is closed and replaced: libSQL leaves the failed statement
 *   unfinished, and with it a read snapshot that fails every later `BEGIN` on that connection
 *   (SQLITE_BUSY_SNAPSHOT) and every commit ("SQL statements in progress");
 * - transactions run on connections of their own, kept for the next transaction when they end cleanly
 *   (`ConnectionTransaction`; a new connection costs about 2 ms), each with `busy_timeout` for the rare
 *   short waits SQLite itself may need inside a transaction, which owns the lock.
 */
export const waitingClient = ({
  openClient,
  lockTimeoutMs,
  connectionPragmas,
}: WaitingClientArgs): Client => {
  const writers = createWriterQueue({ timeoutMs: lockTimeoutMs })
  const deadline = () => Date.now() + lockTimeoutMs
  let current = openClient()
  let closed = false

  const onCurrent = async <T>(run: (client: Client) => Promise<T>): Promise<T> => {
    const client = current
    try {
      return await run(client)
    } catch (error) {
      if (current === client) {
        current = openClient()
        client.close()
      }
      throw error
    }
  }
  // A statement outside a transaction first tries at once. If it meets the lock, it queues with this
  // process's transactions: polling alone, it could miss every gap in a stream of them until the timeout.
  const waitingFor = async <T>(run: (client: Client) => Promise<T>): Promise<T> => {
    try {
      return await onCurrent(run)
    } catch (error) {
      if (!isLocked(error)) throw error
    }
    const release = await writers.acquire()
    try {
      return await retryWhileLocked(() => onCurrent(run), deadline())
    } finally {
      release()
    }
  }

  // Connections for transactions, kept between them (see ConnectionTransaction).
  const idle: Client[] = []
  const takeConnection = (): Client => idle.pop() ?? openClient()
  const pragmas = connectionPragmas
    .split(';')
    .map((pragma) => pragma.trim())
    .filter(Boolean)
  const giveBack = (connection: Client) => (reusable: boolean) => {
    if (reusable && !closed && idle.length < IDLE_CONNECTIONS) idle.push(connection)
    else connection.close()
  }
  // A BEGIN that meets the lock is tried again on a fresh connection: the failed one keeps a snapshot.
  const begun = (mode: TransactionMode) => async (): Promise<Client> => {
    const connection = takeConnection()
    try {
      // No busy_timeout for the BEGIN: SQLite would wait for the lock synchronously, holding the event
      // loop. Once the transaction owns the lock, the connection gets its pragmas (one by one: libSQL's
      // multi-statement call would roll the transaction back).
      await connection.execute('PRAGMA busy_timeout = 0')
      await beginOn(connection, mode)
      for (const pragma of pragmas) await connection.execute(pragma)
      return connection
    } catch (error) {
      connection.close()
      throw error
    }
  }

  const openTransaction = (mode: TransactionMode) => async () => {
    const release = mode === 'read' ? () => undefined : await writers.acquire()
    try {
      const connection = await retryWhileLocked(begun(mode), deadline())
      return { transaction: new ConnectionTransaction(connection, giveBack(connection)), release }
    } catch (error) {
      release()
      throw error
    }
  }

  return {
    execute: (statement: InStatement, args?: InArgs): Promise<ResultSet> =>
      waitingFor((client) => client.execute(asStatement(statement, args))),
    batch: (statements: InStatement[], mode?: TransactionMode): Promise<ResultSet[]> =>
      waitingFor((client) => client.batch(statements, mode)),
    migrate: (statements: InStatement[]): Promise<ResultSet[]> =>
      waitingFor((client) => client.migrate(statements)),
    transaction: async (mode: TransactionMode = 'write'): Promise<Transaction> =>
      new LazyTransaction(openTransaction(mode)),
    // Several statements run one by one, and those before a lock stay applied: not safe to repeat.
    executeMultiple: (sql: string): Promise<void> => onCurrent((client) => client.executeMultiple(sql)),
    sync: (): Promise<Replicated> => current.sync(),
    close: () => {
      closed = true
      while (idle.length > 0) idle.pop()?.close()
      current.close()
    },
    get closed() {
      return current.closed
    },
    get protocol() {
      return current.protocol
    },
  }
}
