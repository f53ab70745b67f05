/** The collections the plugin adds besides the audit log. Their slugs are fixed: nothing outside the plugin names them. */
export const BUNDLES_SLUG = 'review-bundles'
export const QUEUE_SLUG = 'review-queue'
export const SCHEDULES_SLUG = 'review-schedules'

/** The jobs task that carries out scheduled publications, and the queue it runs in. */
export const SCHEDULE_TASK = 'editorialSchedule'
export const SCHEDULE_QUEUE = 'editorial-schedule'
