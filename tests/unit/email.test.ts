import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { resetPasswordEmail } from '../../collections/Users/resetPasswordEmail'
import { consoleEmail } from '../../server/email/consoleEmail'
import { htmlToText } from '../../server/email/messageText'

describe('htmlToText', () => {
  it('keeps the address of every link readable, and drops the markup', () => {
    expect(htmlToText('<p>Open <a href="https://x.example/a?b=1&amp;c=2">this page</a>.</p><p>Bye</p>')).toBe(
      'Open this page (https://x.example/a?b=1&c=2).\nBye',
    )
    expect(htmlToText('<a href="https://x.example/r/1">https://x.example/r/1</a>')).toBe(
      'https://x.example/r/1',
    )
  })
})

describe('consoleEmail', () => {
  it('writes the whole message, link included, to the server log instead of sending it', async () => {
    const logged: string[] = []
    const payload = { logger: { info: (line: string) => logged.push(line) } } as unknown as Payload
    const adapter = consoleEmail({ fromAddress: 'no-reply@x.example', fromName: 'Career Evidence' })({
      payload,
    })
    const html = resetPasswordEmail.generateEmailHTML!({ token: 'abc123' }) as string

    await adapter.sendEmail({ to: 'editor@x.example', subject: 'Reset your Career Evidence password', html })

    expect(logged).toHaveLength(1)
    expect(logged[0]).toContain('To: editor@x.example')
    expect(logged[0]).toContain('Subject: Reset your Career Evidence password')
    expect(logged[0]).toMatch(/^https?:\/\/\S+\/admin\/reset\/abc123$/m)
  })
})
