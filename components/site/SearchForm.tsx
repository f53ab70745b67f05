import { paths } from '../../lib/site/paths'

type SearchFormProps = {
  /** What the box holds when the page loads: the query on the results page. */
  query?: string
  /** Distinguishes the header's box from a page's own, for labels and tests. */
  id: string
  label?: string
}

/** A plain GET form to /search: it works without JavaScript, and the URL of the results can be shared. */
export function SearchForm({ query = '', id, label = 'Search careers and skills' }: SearchFormProps) {
  return (
    <form role="search" aria-label={label} action={paths.search()} method="get" className="search-form">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        placeholder="Job title or skill"
        maxLength={100}
      />
      <button type="submit">Search</button>
    </form>
  )
}
