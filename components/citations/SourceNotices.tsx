import Link from 'next/link'

import type { PageNotice } from '../../lib/data/types'

/** A notice at the top of any page that cites a retracted or disputed source. */
export function SourceNotices({ notices }: { notices: PageNotice[] }) {
  if (notices.length === 0) return null
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.sourceId}
          role="note"
          className={`notice notice-${notice.kind}`}
          data-notice-source={notice.sourceId}
        >
          <strong>{notice.title}</strong>
          <p>
            {notice.detail} <Link href={notice.href}>See the source&rsquo;s provenance</Link>.
          </p>
        </div>
      ))}
    </div>
  )
}
