/*
 * Serves the built app: `npm start` runs this once the build is current, `npm run serve` runs it alone.
 * It is Next's own request handler behind a plain Node HTTP server, for one thing `next start` does
 * not do: append the connection's address to X-Forwarded-For. Next sets that header only when the
 * client sent none, so under `next start` a client could name any address it liked on every request,
 * and the assessment submit limit, keyed by address, never applied. With the peer always last, the
 * app counts TRUSTED_PROXY_HOPS back from it (lib/assessment/submit/clientKey.ts). With
 * PAGE_MIRROR_DIR set, it also keeps the static copies of cached pages that nginx serves
 * (lib/cache/pageMirror.mjs). Plain JavaScript so that the production server runs on Node alone,
 * without a TypeScript loader.
 */
import http from 'node:http'

import next from 'next'

import { startPageMirror } from '../lib/cache/pageMirror.mjs'

const port = Number(process.env.PORT || 3000)

/** Appends the peer, as a proxy would: `client, proxy1, …, peer`. */
const appendPeer = (request) => {
  const peer = request.socket.remoteAddress ?? 'unknown'
  const forwarded = request.headers['x-forwarded-for']
  request.headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${peer}` : peer
}

if (process.env.PAGE_MIRROR_DIR) {
  console.log(`Copying cached pages for the proxy into ${startPageMirror(process.env.PAGE_MIRROR_DIR)}`)
}

const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port })
const handle = app.getRequestHandler()
await app.prepare()

const server = http.createServer((request, response) => {
  appendPeer(request)
  handle(request, response)
})
server.listen(port, () => {
  console.log(`Ready on http://localhost:${port}`)
  // Payload starts its crons (the runner of scheduled publications among them) with the first API
  // request; one is made now, so that schedules are carried out though nobody opens the admin.
  fetch(`http://127.0.0.1:${port}/api/users/me`).catch((error) =>
    console.error(`Scheduled publications wait for the first API request: ${error.message}`),
  )
})

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    // Requests still running after ten seconds are not waited for.
    setTimeout(() => process.exit(0), 10_000).unref()
  })
}
