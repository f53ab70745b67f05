/**
 * How much one REST or GraphQL request may ask of the server. The public site and the admin read
 * through the Local API and never come near these; they bound what an outside client can make one
 * request cost, so no request can hold the process for seconds or build a body of gigabytes.
 */
export const REQUEST_LIMITS = {
  /** Relationship levels a REST read may populate (`depth`); Payload's `maxDepth` clamps the rest. */
  maxDepth: 2,
  /** Documents a page may hold (`limit`); the admin's largest page size. */
  maxLimit: 100,
  /** Highest `page`: far past any real catalogue, and well inside what the databases accept as an offset. */
  maxPage: 100_000,
  /**
   * Values one `in`, `not_in` or `all` condition, or any one list in a GraphQL request, may carry:
   * the query-string parser's own array limit, far below the databases' limits on bound values.
   */
  maxListValues: 1_000,
  /** Bytes of a document sent to create or update over REST; the longest page in the catalogue is ~20 KB. */
  maxWriteBytes: 1024 * 1024,
  /** Levels of objects and arrays in a document sent over REST; the deepest collection needs six. */
  maxWriteNesting: 32,
  graphQL: {
    /** Bytes of a GraphQL request body (query and variables); a hand-written query is a few hundred. */
    maxBodyBytes: 100 * 1024,
    /** Tokens the parser reads before giving up, so a huge query is refused before it is validated. */
    maxTokens: 5_000,
    /** Brackets of any kind open at once in the query text or the variables. */
    maxNesting: 40,
    /** Selection levels, fragments expanded: a page with its findings and their sources needs six. */
    maxSelectionDepth: 10,
    /** Fields in the query once every fragment is expanded, before lists multiply them. */
    maxExpandedFields: 5_000,
    /**
     * Fields the answer may hold, estimated by multiplying each list by its page size (`limit`) or,
     * for a relationship or array list, by `assumedListLength`.
     */
    maxEstimatedFields: 50_000,
    /** Entries assumed in a relationship or array list: above the longest in the catalogue. */
    assumedListLength: 10,
  },
} as const
