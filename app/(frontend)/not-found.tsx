import Link from 'next/link'

import { paths } from '../../lib/site/paths'

export default function NotFound() {
  return (
    <article className="page-header">
      <h1>Page not found</h1>
      <p className="lede">
        There is no published page at this address. It may have been taken down for review, or the link may be
        wrong.
      </p>
      <p>
        <Link href={paths.hub()}>Browse all careers</Link>
      </p>
    </article>
  )
}
