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
import { BRAND_MARK_DATA_URL } from './components/admin/BrandMark'
import { findCitingDocuments } from './lib/citingDocuments'
import { answerLockedDatabase } from './hooks/answerLockedDatabase'
import { keepRefusalsReadable } from './hooks/keepRefusalsReadable'
import { editorialAttention } from './lib/editorial/attention'
import { dependenciesOf } from './lib/readiness/dependencies'
import { UNRELIABLE_STATUSES } from './lib/evidence/model'
import { checkDocumentReadiness } from './lib/readiness/loadForReadiness'
import { editorialWorkflow } from './plugins/editorial-workflow'
import { requestLimits } from './plugins/request-limits'
import { databaseAdapter } from './server/databaseAdapter'
import { emailAdapter } from './server/email/emailAdapter'
import { payloadSecret } from './server/payloadSecret'
import { runsSchedules } from './server/scheduleRunner'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: {
      // Each admin page names itself ("Login", "Dashboard"); the suffix says whose admin it is.
      titleSuffix: '· Career Evidence',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: BRAND_MARK_DATA_URL }],
      openGraph: { siteName: 'Career Evidence', title: 'Career Evidence admin' },
    },
    components: {
      graphics: { Logo: '/components/admin/Logo#Logo', Icon: '/components/admin/Icon#Icon' },
    },
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
      dependenciesOf,
      attention: editorialAttention,
      previewRoute: '/preview',
      exportPath: '/plugins/editorial-workflow/exports',
      // A source's verification and the flags derived from it are a reviewer's judgement, not content.
      judgementFields: ['verification', 'flags'],
      // Another process runs the schedule queue (README: where the schedule runs).
      ...(runsSchedules() ? {} : { scheduleCron: false as const }),
      retraction: {
        sourceCollection: 'sources',
        statusPath: 'verification.status',
        unreliableStatuses: [...UNRELIABLE_STATUSES],
        findCitingDocuments,
      },
    }),
    requestLimits(),
  ],
  secret: payloadSecret(),
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
