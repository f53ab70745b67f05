import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../tests/helpers/startedApp'

/** Debian installs nginx in /usr/sbin, which is on root's PATH but often not on other users'. */
const SBIN_DIRS = ['/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin']

/** The full path of an executable found on PATH or in the extra folders, or null. */
export const findExecutable = (name: string, extraDirs: string[] = []): string | null => {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), ...extraDirs]
  for (const dir of dirs) {
    const candidate = path.join(dir, name)
    try {
      fs.accessSync(candidate, fs.constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return null
}

export const findNginx = () => findExecutable('nginx', SBIN_DIRS)

type ConfigArgs = {
  dir: string
  port: number
  /** `host:port` of the app. */
  upstream: string
  /** Extra directives for the server block, given nginx's folder: e.g. a location serving a static copy. */
  extra?: (dir: string) => string
  /**
   * The app's PAGE_MIRROR_DIR, whose page copies nginx serves; without it, a folder that stays empty
   * (every page then goes to the app, as with an app started without PAGE_MIRROR_DIR).
   */
  pageCopies?: string
}

/** Where the shipped config expects the app's page copies (PAGE_MIRROR_DIR). */
export const SHIPPED_PAGE_COPIES = '/var/cache/career-evidence/pages'

/** The shipped site config (deploy/nginx), pointed at this app, port and private folders. */
export const privateNginxConfig = ({ dir, port, upstream, extra, pageCopies }: ConfigArgs): string => {
  const site = fs
    .readFileSync(path.resolve('deploy/nginx/career-evidence.conf'), 'utf8')
    // Every mention: the comments name the shipped folders too, and a first match in a comment
    // would leave the directive pointing at the shipped path.
    .replaceAll('/var/cache/nginx/career-evidence', path.join(dir, 'cache'))
    .replaceAll(SHIPPED_PAGE_COPIES, pageCopies ?? path.join(dir, 'no-copies'))
    .replace('server 127.0.0.1:3000;', `server ${upstream};`)
    .replace('listen 80;', `listen 127.0.0.1:${port};\n    ${extra?.(dir) ?? ''}`)
  return [
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log;`,
    'events { worker_connections 1024; }',
    'http {',
    '  access_log off;',
    `  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp;`,
    site,
    '}',
    '',
  ].join('\n')
}

export type PrivateNginx = { url: string; dir: string; stop: () => Promise<void> }

const listening = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => socket.end(() => resolve(true)))
    socket.once('error', () => resolve(false))
  })

/** A folder for the app's page copies that nginx's unprivileged workers can read (PAGE_MIRROR_DIR). */
export const pageCopiesFolder = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-evidence-pages-'))
  fs.chmodSync(dir, 0o755)
  return path.join(dir, 'pages')
}

/**
 * Runs nginx in the foreground with the shipped config on a free loopback port, in its own folder
 * (cache, temp files, pid, error log). Throws with nginx's own error log when it does not start.
 */
export const startPrivateNginx = async ({
  upstream,
  extra,
  pageCopies,
}: Pick<ConfigArgs, 'upstream' | 'extra' | 'pageCopies'>): Promise<PrivateNginx> => {
  const nginx = findNginx()
  if (!nginx)
    throw new Error('nginx is not installed (looked on PATH and in /usr/sbin): apt-get install nginx')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-evidence-nginx-'))
  // nginx workers run unprivileged and must read files served from this folder.
  fs.chmodSync(dir, 0o755)
  fs.mkdirSync(path.join(dir, 'tmp'))
  const port = await freePort()
  const config = path.join(dir, 'nginx.conf')
  fs.writeFileSync(config, privateNginxConfig({ dir, port, upstream, extra, pageCopies }))
  const child: ChildProcess = spawn(
    nginx,
    ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', config, '-g', 'daemon off;'],
    { stdio: 'ignore' },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const errorLog = () => fs.readFileSync(path.join(dir, 'error.log'), 'utf8').slice(-2000)
  for (let attempt = 0; !(await listening(port)); attempt++) {
    if (child.exitCode !== null || attempt > 50) {
      child.kill('SIGTERM')
      throw new Error(`nginx did not start:\n${fs.existsSync(path.join(dir, 'error.log')) ? errorLog() : ''}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
