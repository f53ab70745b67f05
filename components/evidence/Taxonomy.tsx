import type { Taxonomy as TaxonomyCodes } from '../../lib/data/types'

/**
 * The occupation codes this page's career maps to, so readers can compare with other sources. An
 * occupation imported from O*NET has only its O*NET-SOC code; a code nobody recorded is left out.
 */
export function Taxonomy({ taxonomy }: { taxonomy: TaxonomyCodes }) {
  const rows = [
    {
      term: 'O*NET-SOC',
      value: taxonomy.onetSoc && `${taxonomy.onetSoc}${taxonomy.onetTitle ? ` — ${taxonomy.onetTitle}` : ''}`,
    },
    { term: 'ESCO occupation', value: taxonomy.escoLabel },
    { term: 'ISCO-08 unit group', value: taxonomy.isco08 },
  ].filter((row) => row.value)
  return (
    <dl className="taxonomy">
      {rows.map((row) => (
        <div key={row.term}>
          <dt>{row.term}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  )
}
