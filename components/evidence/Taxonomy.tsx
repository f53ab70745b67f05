import type { Taxonomy as TaxonomyCodes } from '../../lib/data/types'

/** The occupation codes this page's career maps to, so readers can compare with other sources. */
export function Taxonomy({ taxonomy }: { taxonomy: TaxonomyCodes }) {
  return (
    <dl className="taxonomy">
      <div>
        <dt>O*NET-SOC</dt>
        <dd>
          {taxonomy.onetSoc}
          {taxonomy.onetTitle ? ` — ${taxonomy.onetTitle}` : ''}
        </dd>
      </div>
      <div>
        <dt>ESCO occupation</dt>
        <dd>{taxonomy.escoLabel}</dd>
      </div>
      <div>
        <dt>ISCO-08 unit group</dt>
        <dd>{taxonomy.isco08}</dd>
      </div>
    </dl>
  )
}
