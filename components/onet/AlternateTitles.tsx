import type { OccupationView } from '../../lib/data/onetTypes'

/** The other titles the occupation goes by, behind a disclosure: some occupations have thousands. */
export function AlternateTitles({ titles }: { titles: OccupationView['alternateTitles'] }) {
  const hidden = titles.total - titles.shown.length
  return (
    <details className="more">
      <summary>
        {titles.total} other {titles.total === 1 ? 'title' : 'titles'}
      </summary>
      <ul className="chips">
        {titles.shown.map((title) => (
          <li key={title}>{title}</li>
        ))}
      </ul>
      {hidden > 0 ? <p>And {hidden} more; search finds the occupation by any of them.</p> : null}
    </details>
  )
}
