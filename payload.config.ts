import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'

import { hasRole } from './access/roles'
import { AssessmentResponses } from './collections/AssessmentResponses'
import { Assessments } from './collections/Assessments'
import { CareerSkills } from './collections/CareerSkills'
import { Careers } from './collections/Careers'
import { Faqs } from './collections/Faqs'
import { Findings } from './collections/Findings'
import { Skills } from './collections/Skills'
import { Sources } from './collections/Sources'
import { Users } from './collections/Users'
import { findCitingDocuments } from './lib/citingDocuments'
import { isUnreliableStatus } from './lib/evidence/model'
import { keepRefusalsReadable } from './hooks/keepRefusalsReadable'
import { checkDocumentReadiness } from './lib/readiness/loadForReadiness'
import { editorialWorkflow } from './plugins/editorial-workflow'
import { databaseAdapter } from './server/databaseAdapter'
import { payloadSecret } from './server/payloadSecret'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Career Evidence' },
  },
  collections: [
    Users,
    Sources,
    Findings,
    Careers,
    Skills,
    CareerSkills,
    Faqs,
    Assessments,
    AssessmentResponses,
  ],
  db: databaseAdapter(),
  graphQL: { disablePlaygroundInProduction: true },
  hooks: { afterError: [keepRefusalsReadable] },
  plugins: [
    editorialWorkflow({
      collections: ['sources', 'findings', 'careers', 'skills', 'career-skills', 'faqs', 'assessments'],
      isEditor: (user) => hasRole(user, 'editor'),
      isReviewer: (user) => hasRole(user, 'reviewer', 'admin'),
      checkReadiness: checkDocumentReadiness,
      previewRoute: '/preview',
      retraction: {
        sourceCollection: 'sources',
        isUnreliable: (source) =>
          isUnreliableStatus((source.verification as { status?: string } | undefined)?.status),
        findCitingDocuments,
      },
    }),
  ],
  secret: payloadSecret(),
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
