import type { SelectField } from 'payload'

import { selectOptions, TOPICS } from '../lib/evidence/model'

/** A factory: Payload annotates field objects while sanitising, so collections must not share one. */
export const topicField = (): SelectField => ({
  name: 'topic',
  type: 'select',
  required: true,
  index: true,
  options: selectOptions(TOPICS),
})
