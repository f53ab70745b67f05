import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export type StartedApp = {
  baseUrl: string
  dataDir: string
  output: () => string
  stop: () => Promise<void>
  /** Kills the server and everything `npm start` started with SIGKILL, as a power cut would. */
  crash: () => Promise<void>
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

const waitFor = async (url: string, child: ChildProcess, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with code ${child.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
}

type StartArgs = {
  dataDir?: string
  env?: Record<string, string>
  timeoutMs?: number
  /** What is polled until the server answers; an API route unless a test must not make API requests. */
  readyPath?: string
}

/** Runs the README's demo command (`npm start`) on a private port and data folder. */
export const startApp = async ({
  dataDir,
  env = {},
  timeoutMs = 420_000,
  readyPath = '/api/careers?limit=1',
}: StartArgs = {}): Promise<StartedApp> => {
  const folder = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'career-evidence-app-'))
  const port = await freePort()
  const child = spawn('npm', ['start'], {
    detached: true,
    env: {
      ...process.env,
      PAYLOAD_SECRET: '',
      DATA_DIR: folder,
      DATABASE_URI: `file:${path.join(folder, 'career-evidence.db')}`,
      PORT: String(port),
      ...env,
    },
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))

  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
    const exited = new Promise((resolve) => child.on('exit', resolve))
    process.kill(-child.pid, name)
    await exited
  }
  const stop = () => signal('SIGTERM')

  const baseUrl = `http://127.0.0.1:${port}`
  try {
    await waitFor(`${baseUrl}${readyPath}`, child, timeoutMs)
  } catch (error) {
    await stop()
    throw new Error(`${(error as Error).message}\n--- output ---\n${output}`)
  }
  return { baseUrl, dataDir: folder, output: () => output, stop, crash: () => signal('SIGKILL') }
}
