import type { FactProvenance, TaskView } from '../../lib/data/onetTypes'
import { FactSource } from './FactSource'

const keyOf = ({ source, date }: FactProvenance) => `${source?.value ?? ''}|${date ?? ''}`

/** Tasks that share how and when they were rated, so each group states its provenance once. */
const byProvenance = (tasks: TaskView[]) => {
  const groups = new Map<string, { provenance: FactProvenance; tasks: TaskView[] }>()
  for (const task of tasks) {
    const key = keyOf(task.provenance)
    const group = groups.get(key) ?? { provenance: task.provenance, tasks: [] }
    group.tasks.push(task)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** The occupation's core tasks, grouped by where each rating came from. */
export function CoreTasks({ tasks }: { tasks: TaskView[] }) {
  const groups = byProvenance(tasks)
  return (
    <div className="tasks">
      {groups.map((group) => (
        <div key={keyOf(group.provenance)}>
          {groups.length > 1 || group.provenance.source ? (
            <p className="fact-note">
              Where {group.tasks.length === 1 ? 'this task comes' : `these ${group.tasks.length} tasks come`}{' '}
              from: <FactSource provenance={group.provenance} />
            </p>
          ) : null}
          <ul className="task-list">
            {group.tasks.map((task) => (
              <li key={task.id}>{task.statement}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  )
}
