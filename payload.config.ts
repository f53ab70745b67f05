import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'

import { hasRole } from './access/roles'
import { AssessmentResponses } from './collections/AssessmentResponses'
import { AssessmentStatistics } from './collections/AssessmentStatistics'
import { Assessments } from './collections/Assessments'
import { CareerSkills } from './collections/CareerSkills'
import { Careers } from './collections/Careers'
import { Faqs } from './collections/Faqs'
import { Findings } from './collections/Findings'
import { Imports } from './collections/Imports'
import { Skills } from './collections/Skills'
import { Sources } from './collections/Sources'
import { Users } from './collections/Users'
import { findCitingDocuments } from './lib/citingDocuments'
import { answerLockedDatabase } from './hooks/answerLockedDatabase'
import { keepRefusalsReadable } from './hooks/keepRefusalsReadable'
import { isUnreliableStatus } from './lib/evidence/model'
import { checkDocumentReadiness } from './lib/readiness/loadForReadiness'
import { editorialWorkflow } from './plugins/editorial-workflow'
import { requestLimits } from './plugins/request-limits'
import { databaseAdapter } from './server/databaseAdapter'
import { emailAdapter } from './server/email/emailAdapter'
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
    AssessmentStatistics,
    Imports,
  ],
  db: databaseAdapter(),
  email: emailAdapter(),
  graphQL: { disablePlaygroundInProduction: true },
  hooks: { afterError: [keepRefusalsReadable, answerLockedDatabase] },
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
    requestLimits(),
  ],
  secret: payloadSecret(),
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
