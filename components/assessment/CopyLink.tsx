'use client'

import { useEffect, useRef, useState } from 'react'

/**
 * The result's address in a field the reader can select and copy (all there is without JavaScript,
 * with the site's configured address), and once hydrated a button that copies it and one that opens
 * the print dialog.
 */
export function CopyLink({ path, url: configured }: { path: string; url: string }) {
  const field = useRef<HTMLInputElement>(null)
  const [url, setUrl] = useState(configured)
  const [ready, setReady] = useState(false)
  const [status, setStatus] = useState('')

  useEffect(() => {
    // The browser knows the address it reached the site by, which SITE_URL may not match (a
    // proxy, a second name); buttons that need JavaScript appear only once it runs.
    /* eslint-disable react-hooks/set-state-in-effect */
    setUrl(new URL(path, window.location.origin).href)
    setReady(true)
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [path])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setStatus('Link copied.')
    } catch {
      // No clipboard permission (some browsers, insecure origins): select it for the reader instead.
      field.current?.select()
      setStatus(
        document.execCommand('copy') ? 'Link copied.' : 'The link is selected: copy it with your keyboard.',
      )
    }
  }

  return (
    <div className="copy-link">
      <label htmlFor="result-link">Your result’s address (anyone with it can see this result)</label>
      <div className="copy-link__row">
        <input
          id="result-link"
          ref={field}
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
        {ready ? (
          <>
            <button type="button" onClick={copy}>
              Copy link
            </button>
            <button type="button" onClick={() => window.print()}>
              Print
            </button>
          </>
        ) : null}
      </div>
      <p role="status" className="card-meta">
        {status}
      </p>
    </div>
  )
}
