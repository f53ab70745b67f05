import net from 'node:net'

/** Undoes quoted-printable, the encoding mail clients use for long lines of text. */
const fromQuotedPrintable = (text: string): string =>
  text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

export type SmtpCatcher = { url: string; messages: string[]; close: () => Promise<void> }

/**
 * A mail server on the loopback address that accepts every message and keeps it (headers and body, with
 * quoted-printable undone), so a test can read what the app sent over SMTP.
 */
export const startSmtpCatcher = async (): Promise<SmtpCatcher> => {
  const messages: string[] = []
  const server = net.createServer((socket) => {
    socket.setEncoding('utf8')
    let pending = ''
    let body: string[] | null = null
    socket.write('220 smtp-catcher ready\r\n')
    socket.on('data', (chunk: string) => {
      pending += chunk
      for (let end = pending.indexOf('\r\n'); end !== -1; end = pending.indexOf('\r\n')) {
        const line = pending.slice(0, end)
        pending = pending.slice(end + 2)
        if (body) {
          if (line !== '.') {
            body.push(line.startsWith('..') ? line.slice(1) : line)
            continue
          }
          messages.push(fromQuotedPrintable(body.join('\r\n')))
          body = null
          socket.write('250 kept\r\n')
          continue
        }
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'DATA') {
          body = []
          socket.write('354 end with a dot\r\n')
        } else if (verb === 'QUIT') socket.end('221 bye\r\n')
        else socket.write('250 ok\r\n')
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
