/** A refusal in the shape Payload's REST API gives its own errors, so a client reads one format. */
export const restRefusal = (status: number, message: string): Response =>
  Response.json({ errors: [{ name: 'Refusal', message, data: { reason: message } }] }, { status })

/** A refusal in the GraphQL-over-HTTP shape: no `data`, the reason in `errors`, a 4xx status. */
export const graphQLRefusal = (status: number, message: string): Response =>
  Response.json({ errors: [{ message, extensions: { statusCode: status } }] }, { status })
