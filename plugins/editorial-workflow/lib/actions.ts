import { type Actor, findTransition, REVIEWED_STAGES, type Stage } from '../stages'

/** The buttons the workflow puts in a document's controls, each one transition of the table. */
export const WORKFLOW_ACTIONS = [
  { name: 'submit', label: 'Submit for review', done: 'Submitted for review', to: 'in-review' },
  { name: 'request-changes', label: 'Request changes', done: 'Changes requested', to: 'changes-requested' },
  { name: 'approve', label: 'Approve', done: 'Approved', to: 'approved' },
  { name: 'publish', label: 'Publish', done: 'Published', to: 'published' },
  { name: 'unpublish', label: 'Unpublish', done: 'Unpublished', to: 'retracted' },
] as const satisfies readonly { name: string; label: string; done: string; to: Stage }[]

export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]
export type WorkflowActionName = WorkflowAction['name']

export type ActionSituation = {
  /** The document's saved stage. */
  stage: Stage
  /** The person's capacity in the workflow; readers get no actions. */
  actor: Actor | null
  /** The person changed the content since the last publication, so four-eyes holds them back. */
  authoredByYou: boolean
  /** Whether the form as it stands passes the readiness check; null until it has been checked. */
  ready: boolean | null
  /** How many readiness problems the form has. */
  problems: number
  /** The form holds edits that are not saved yet. */
  unsaved: boolean
}

/** An action the person may take from this stage but that would be refused as things stand. */
export type HeldAction = { action: WorkflowAction; reason: string }

export type Availability = { offered: WorkflowAction[]; held: HeldAction[] }

/**
 * Edits to a reviewed document (in review, approved, live or retracted) send it back to draft when
 * saved, and only a draft is submitted: the person is told to save first.
 */
const startsAgainOnSave = (action: WorkflowAction, situation: ActionSituation) =>
  action.name === 'submit' && situation.unsaved && REVIEWED_STAGES.includes(situation.stage)

const plural = (count: number) => (count === 1 ? 'the problem' : `the ${count} problems`)

/**
 * Why an action the table allows would still be refused now, in the words the person needs; null
 * when it would succeed. Four-eyes and readiness follow the transition's row, and the rules about
 * unsaved edits follow what the save would carry (an approval covers the saved version only).
 */
const holdingReason = (action: WorkflowAction, situation: ActionSituation): string | null => {
  const transition = findTransition(situation.stage, action.to)
  if (!transition) return null
  if (situation.unsaved && (action.name === 'approve' || action.name === 'publish')) {
    return `${action.label} covers the saved version only. Undo your edits, or save them as a draft for review.`
  }
  if (situation.unsaved && action.name === 'unpublish') {
    return 'Save or undo your edits before unpublishing.'
  }
  if (transition.fourEyes && situation.authoredByYou) {
    return `Four-eyes rule. You changed this content since it was last published, so another reviewer must ${action.label.toLowerCase()} it.`
  }
  if (transition.needsReadiness && situation.ready === null) return 'Checking readiness…'
  if (transition.needsReadiness && !situation.ready) {
    return `Fix ${plural(situation.problems)} in the readiness checklist to ${action.label.toLowerCase()}.`
  }
  return null
}

/**
 * The actions a person is offered on a document: those the transition table gives their capacity
 * from the current stage and that would succeed now. Actions they may take from this stage but that
 * would be refused are held, with the reason, so the screen can say what stands in the way.
 */
export const availableActions = (situation: ActionSituation): Availability => {
  const offered: WorkflowAction[] = []
  const held: HeldAction[] = []
  const { actor } = situation
  for (const action of WORKFLOW_ACTIONS) {
    const transition = findTransition(situation.stage, action.to)
    if (actor && !transition && startsAgainOnSave(action, situation)) {
      held.push({
        action,
        reason: 'Save Draft first. Your edits start a new review, which you can then submit.',
      })
    }
    if (!actor || !transition || !transition.by.includes(actor)) continue
    const reason = holdingReason(action, situation)
    if (reason) held.push({ action, reason })
    else offered.push(action)
  }
  return { offered, held }
}

export const workflowAction = (name: WorkflowActionName): WorkflowAction =>
  WORKFLOW_ACTIONS.find((action) => action.name === name) as WorkflowAction
