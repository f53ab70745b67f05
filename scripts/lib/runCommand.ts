import { spawn } from 'node:child_process'

type RunArgs = { command: string; args: string[]; env: NodeJS.ProcessEnv }

/** Runs a command with the terminal attached, so its own progress shows; rejects on a non-zero exit. */
export const runCommand = ({ command, args, env }: RunArgs): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))
    })
  })

/** Starts a long-running command in the foreground and hands it the signals this process receives. */
export const serveCommand = ({ command, args, env }: RunArgs): void => {
  const child = spawn(command, args, { env, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  child.on('exit', (code) => process.exit(code ?? 0))
}
