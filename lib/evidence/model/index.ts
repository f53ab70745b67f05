/**
 * The evidence model: every vocabulary, rating, citing field and prose field, defined once as data.
 * Collections, readiness schemas, the renderer and the seed derive from these definitions.
 */
export * from './vocabulary'
export * from './ratings'
export * from './verdict'
export * from './certaintyGrades'
export * from './careerStages'
export * from './evidenceRelation'
export * from './datasetFacts'
export * from './sourceProvenance'
export * from './catalogue'
export * from './flags'
export * from './citingFields'
export * from './proseFields'
export * from './paths'
