import Link from 'next/link'

import type { EvidenceLink } from '../../lib/data/types'

type EvidenceCardsProps = { pages: EvidenceLink[]; label: 'skill' | 'career'; empty: string }

/** Evidence pages as cards, titled by the skill (on a career page) or the career (on a skill page). */
export function EvidenceCards({ pages, label, empty }: EvidenceCardsProps) {
  if (pages.length === 0) return <p>{empty}</p>
  return (
    <ul className="cards">
      {pages.map((page) => (
        <li key={page.href} className="card">
          <h3>
            <Link href={page.href}>{label === 'skill' ? page.skill.name : page.career.title}</Link>
          </h3>
          <p className="card-meta">
            Importance: {page.importance} · {page.funnelRole}
          </p>
          <p>{page.summary}</p>
        </li>
      ))}
    </ul>
  )
}
