import type { SourceView } from '../../lib/data/types'

type CiteLinkProps = { source: SourceView; number: number }

/** "[2] Noy & Zhang, Science 381(6654), 2023": jumps to the numbered reference. */
export function CiteLink({ source, number }: CiteLinkProps) {
  return (
    <a href={`#ref-${number}`} className="cite" data-cite={source.id}>
      [{number}] {source.label}, {source.year}
    </a>
  )
}
