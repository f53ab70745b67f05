import Link from 'next/link'

import type { SearchResultsView } from '../../lib/data/pages/searchPage'
import { SEARCH_CANDIDATES } from '../../lib/data/pages/searchPage'

type SearchResultsProps = { id: string; title: string; noun: [string, string]; results: SearchResultsView }

const count = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`

/** One kind of result (careers or skills), best first, with how many matched in all. */
export function SearchResults({ id, title, noun, results }: SearchResultsProps) {
  const { total, shown, capped } = results
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="section">
      <h2 id={`${id}-title`}>
        {title} <span className="count">({count(total, noun)})</span>
      </h2>
      {total === 0 ? (
        <p>No {noun[1]} match.</p>
      ) : (
        <>
          <ol className="results">
            {shown.map((result) => (
              <li key={result.href}>
                <Link href={result.href}>{result.title}</Link>
                {result.evidence ? <span className="mark mark-evidence">Evidence pages</span> : null}
                {result.alsoCalled ? (
                  <span className="also-called"> — also called “{result.alsoCalled}”</span>
                ) : null}
                {result.detail ? <span className="result-detail">{result.detail}</span> : null}
              </li>
            ))}
          </ol>
          {total > shown.length ? (
            <p className="fact-note">
              The best {shown.length} of {count(total, noun)} are shown
              {capped ? `, ranked among the first ${SEARCH_CANDIDATES} found` : ''}. Add a word to narrow the
              search.
            </p>
          ) : null}
        </>
      )}
    </section>
  )
}
