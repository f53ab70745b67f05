/**
 * Whether this process runs scheduled publications (`SCHEDULE_RUNNER`, default `on`). With several
 * server processes on one database, all but one are started with `off`. Any other value is refused at
 * start rather than guessed at.
 */
export const runsSchedules = (): boolean => {
  const setting = process.env.SCHEDULE_RUNNER?.trim() || 'on'
  if (setting !== 'on' && setting !== 'off') {
    throw new Error(`SCHEDULE_RUNNER must be "on" or "off", not "${setting}".`)
  }
  return setting === 'on'
}
