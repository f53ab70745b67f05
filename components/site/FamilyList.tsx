import Link from 'next/link'

import type { FamilyCount } from '../../lib/data/pages/families'

/** The job families with how many careers each holds. */
export function FamilyList({ families }: { families: FamilyCount[] }) {
  return (
    <ul className="families">
      {families.map((family) => (
        <li key={family.code}>
          <Link href={family.href}>{family.title}</Link>{' '}
          <span className="chip-note">
            ({family.careers} {family.careers === 1 ? 'career' : 'careers'})
          </span>
        </li>
      ))}
    </ul>
  )
}
