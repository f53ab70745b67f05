import type { SourceView } from '../../lib/data/types'

type CiteLinkProps = { source: SourceView; number?: number }

/**
 * "[2] Noy & Zhang, Science 381(6654), 2023": jumps to the numbered reference. A page without a
 * reference list (a career page) links to the source's own page instead.
 */
export function CiteLink({ source, number }: CiteLinkProps) {
  return (
    <a href={number ? `#ref-${number}` : source.href} className="cite" data-cite={source.id}>
      {number ? `[${number}] ` : ''}
      {source.label}, {source.year}
    </a>
  )
}
