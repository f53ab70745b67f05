/** A refused submission: the status, and a body that names the field at fault. */
export type Problem = {
  status: number
  body: { error: string; field?: string; issues?: { field: string; message: string }[] }
}

export const problem = (status: number, error: string, field?: string): Problem => ({
  status,
  body: field ? { error, field } : { error },
})
