import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'

/** Clock ticks per second of /proc's times: 100 on every Linux this runs on. */
const TICKS_PER_SECOND = 100

/** /proc/<pid>/stat's fields after the command name (which is in brackets and may hold spaces). */
const statFields = (pid: number | 'self'): string[] => {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
}

const ticksToMs = (ticks: number[]) =>
  (ticks.reduce((sum, value) => sum + value, 0) * 1000) / TICKS_PER_SECOND

/** Processor time (user + system, ms) of a process and of the children it has waited for. */
const processTimeMs = (pid: number): number => {
  try {
    return ticksToMs(statFields(pid).slice(11, 15).map(Number))
  } catch {
    return 0
  }
}

/** Processor time of the children this process has waited for, and of theirs. */
const waitedChildrenMs = (): number => ticksToMs(statFields('self').slice(13, 15).map(Number))

/** Processor time of every live process in a process group (a detached child and all it started). */
export const groupProcessTimeMs = (groupId: number): number => {
  let total = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (Number(statFields(Number(entry))[2]) === groupId) total += processTimeMs(Number(entry))
    } catch {
      // the process ended meanwhile
    }
  }
  return total
}

export type Timed = { wallMs: number; cpuMs: number; code: number | null; stdout: string; stderr: string }

type RunArgs = { command: string; args: string[]; env: NodeJS.ProcessEnv }

/**
 * Runs a command to its end and measures it: wall time, and processor time of it and everything it
 * started (the children this process waited for, from /proc/self/stat), since the machine is shared.
 */
export const runTimed = ({ command, args, env }: RunArgs): Promise<Timed> =>
  new Promise((resolve, reject) => {
    const cpuBefore = waitedChildrenMs()
    const started = performance.now()
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({
        wallMs: performance.now() - started,
        cpuMs: waitedChildrenMs() - cpuBefore,
        code,
        stdout,
        stderr,
      }),
    )
  })

export type Started = { child: ChildProcess; output: () => string; stop: () => Promise<void> }

/** Starts a long-running command in its own process group, so stopping it stops all it started. */
export const startGroup = ({ command, args, env }: RunArgs): Started => {
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        process.kill(-child.pid, 'SIGTERM')
        await exited
      }
    },
  }
}

/** Waits until `url` answers below 500, or throws with the command's output. */
export const waitUntilAnswering = async ({
  url,
  started,
  timeoutMs,
}: {
  url: string
  started: Started
  timeoutMs: number
}) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null)
      throw new Error(`the server exited (${started.child.exitCode}):\n${started.output().slice(-3000)}`)
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    )
    if (status > 0 && status < 500) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await started.stop()
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${started.output().slice(-3000)}`)
}
