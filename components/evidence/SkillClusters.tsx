import type { CareerSummary } from '../../lib/data/types'
import { LinkList } from '../site/LinkList'

/** The groups of skills this role uses together. */
export function SkillClusters({ clusters }: { clusters: CareerSummary['clusters'] }) {
  return (
    <div className="clusters">
      {clusters.map((cluster) => (
        <div key={cluster.label} className="cluster">
          <h3>{cluster.label}</h3>
          <LinkList
            label={cluster.label}
            items={cluster.skills.map((skill) => ({ href: skill.href, label: skill.name }))}
          />
        </div>
      ))}
    </div>
  )
}
