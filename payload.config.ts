import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'

import { CareerSkills } from './collections/CareerSkills'
import { Careers } from './collections/Careers'
import { Faqs } from './collections/Faqs'
import { Findings } from './collections/Findings'
import { Skills } from './collections/Skills'
import { Sources } from './collections/Sources'
import { Users } from './collections/Users'
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
  collections: [Users, Sources, Findings, Careers, Skills, CareerSkills, Faqs],
  db: databaseAdapter(),
  graphQL: { disablePlaygroundInProduction: true },
  secret: payloadSecret(),
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
