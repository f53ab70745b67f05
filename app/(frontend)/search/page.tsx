import type { Metadata } from 'next'
import Link from 'next/link'

import { OnetAttribution } from '../../../components/onet/OnetAttribution'
import { SearchResults } from '../../../components/search/SearchResults'
import { SearchForm } from '../../../components/site/SearchForm'
import { getOnetDataset, searchCatalogue } from '../../../lib/data/cached'
import { parseSearchQuery } from '../../../lib/search/query'
import { pageMetadata } from '../../../lib/site/metadata'
import { paths } from '../../../lib/site/paths'

type Props = { searchParams: Promise<{ q?: string | string[] }> }

/** Results pages are not worth indexing and every query would be one: no search engine should list them. */
export const metadata: Metadata = pageMetadata({
  title: 'Search careers and skills',
  description: 'Find a career by its title or any other title it goes by, and a skill by its name.',
  path: paths.search(),
  noindex: true,
})

export default async function SearchPage({ searchParams }: Props) {
  const query = parseSearchQuery((await searchParams).q)
  const [results, dataset] = query
    ? await Promise.all([searchCatalogue(query), getOnetDataset()])
    : [null, null]
  const found = results ? results.careers.total + results.skills.total : 0

  return (
    <article>
      <header className="page-header">
        <h1>{query ? `Search: ${query.text}` : 'Search careers and skills'}</h1>
        <SearchForm id="search-page-query" query={query?.text} />
      </header>
      {!query ? (
        <p>
          Type a job title (any title it goes by: &ldquo;programmer&rdquo;, &ldquo;sous chef&rdquo;,
          &ldquo;RN&rdquo;) or the name of a skill or technology. Or{' '}
          <Link href={paths.families()}>browse careers by job family</Link>.
        </p>
      ) : null}
      {results && found === 0 ? (
        <p role="status">
          Nothing matches &ldquo;{results.query}&rdquo;. Check the spelling, try fewer or shorter words, or{' '}
          <Link href={paths.families()}>browse careers by job family</Link>.
        </p>
      ) : null}
      {results && found > 0 ? (
        <>
          <p role="status">
            {results.careers.total} {results.careers.total === 1 ? 'career' : 'careers'} and{' '}
            {results.skills.total} {results.skills.total === 1 ? 'skill' : 'skills'} match &ldquo;
            {results.query}&rdquo;.
          </p>
          <SearchResults
            id="career-results"
            title="Careers"
            noun={['career', 'careers']}
            results={results.careers}
          />
          <SearchResults
            id="skill-results"
            title="Skills and technologies"
            noun={['skill', 'skills']}
            results={results.skills}
          />
          <OnetAttribution dataset={dataset} />
        </>
      ) : null}
    </article>
  )
}
