import Link from 'next/link'

type PaginationProps = {
  page: number
  totalPages: number
  previous: string | null
  next: string | null
  label: string
}

/** Previous and next links with where the reader is; nothing when everything fits on one page. */
export function Pagination({ page, totalPages, previous, next, label }: PaginationProps) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label={label} className="pagination">
      {previous ? (
        <Link href={previous} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {next ? (
        <Link href={next} rel="next">
          Next →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}
