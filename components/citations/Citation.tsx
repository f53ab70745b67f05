import type { SourceView } from '../../lib/data/types'
import { CiteLink } from './CiteLink'
import { flagKeys, Flags } from './Flags'

/**
 * One citation of a source, wherever a page cites it: the link and every flag in words. The element
 * names its source and flags, so check:pages can tell a citation that lost its flags.
 */
export function Citation({ source, number }: { source: SourceView; number?: number }) {
  return (
    <span className="citation" data-source-id={source.id} data-flags={flagKeys(source.flags)}>
      <CiteLink source={source} number={number} /> <Flags flags={source.flags} />
    </span>
  )
}
