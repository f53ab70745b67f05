import Link from 'next/link'

import { paths } from '../../../../../../lib/site/paths'

/** A result address that matches no stored result: said as such, with the way back. */
export default function ResultNotFound() {
  return (
    <article className="page-header">
      <h1>No result at this address</h1>
      <p className="lede">
        No result is stored at this address. Check that the link was copied whole: a result’s address is long
        and every character counts. Results are not listed anywhere, so a lost address cannot be looked up.
      </p>
      <p>
        <Link href={paths.assessments()}>Take an assessment</Link>
      </p>
    </article>
  )
}
