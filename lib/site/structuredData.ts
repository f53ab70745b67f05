import type { DatasetView, OccupationView } from '../data/onetTypes'
import type { EvidencePageView, FaqView, SourceView } from '../data/types'
import { absoluteUrl } from './siteUrl'

export type Crumb = { name: string; path: string }

type JsonLd = Record<string, unknown>

const citationLd = (source: SourceView): JsonLd => ({
  '@type': 'CreativeWork',
  name: source.title,
  author: source.authors,
  datePublished: String(source.year),
  url: source.link,
  ...(source.doi ? { identifier: `https://doi.org/${source.doi}` } : {}),
})

/** schema.org Article for an evidence page, with every reference as a citation. */
export const articleJsonLd = (page: EvidencePageView): JsonLd => ({
  '@context': 'https://schema.org',
  '@type': 'Article',
  headline: page.title,
  description: page.summary,
  url: absoluteUrl(page.href),
  mainEntityOfPage: absoluteUrl(page.href),
  datePublished: page.publishedAt,
  dateModified: page.updatedAt,
  about: [
    { '@type': 'Occupation', name: page.career.title, occupationalCategory: page.career.taxonomy.onetSoc },
    { '@type': 'DefinedTerm', name: page.skill.name },
  ],
  publisher: { '@type': 'Organization', name: 'Career Evidence' },
  citation: page.references.map(citationLd),
})

/** schema.org FAQPage; null when the page shows no questions. */
export const faqJsonLd = (faqs: FaqView[]): JsonLd | null =>
  faqs.length === 0
    ? null
    : {
        '@context': 'https://schema.org',
        '@type': 'FAQPage',
        mainEntity: faqs.map((faq) => ({
          '@type': 'Question',
          name: faq.question,
          acceptedAnswer: { '@type': 'Answer', text: faq.answer },
        })),
      }

export const breadcrumbJsonLd = (crumbs: Crumb[]): JsonLd => ({
  '@context': 'https://schema.org',
  '@type': 'BreadcrumbList',
  itemListElement: crumbs.map((crumb, index) => ({
    '@type': 'ListItem',
    position: index + 1,
    name: crumb.name,
    item: absoluteUrl(crumb.path),
  })),
})

/** schema.org Occupation for an occupation's page, its data credited to the O*NET release. */
export const occupationJsonLd = (occupation: OccupationView, dataset: DatasetView | null): JsonLd => ({
  '@context': 'https://schema.org',
  '@type': 'Occupation',
  name: occupation.title,
  url: absoluteUrl(occupation.href),
  occupationalCategory: { '@type': 'CategoryCode', codeValue: occupation.code, inCodeSet: 'O*NET-SOC' },
  ...(occupation.description ? { description: occupation.description } : {}),
  ...(occupation.alternateTitles.shown.length
    ? { alternateName: occupation.alternateTitles.shown.slice(0, 20) }
    : {}),
  ...(occupation.jobZone?.education ? { educationRequirements: occupation.jobZone.education } : {}),
  ...(occupation.technologies.marked.length
    ? { skills: occupation.technologies.marked.slice(0, 20).map((technology) => technology.name) }
    : {}),
  ...(dataset
    ? {
        isBasedOn: {
          '@type': 'Dataset',
          name: dataset.title,
          license: 'https://creativecommons.org/licenses/by/4.0/',
        },
      }
    : {}),
})

/** JSON for a <script> element: "<" escaped so no text in the data can close the element. */
export const serializeJsonLd = (data: JsonLd): string => JSON.stringify(data).replace(/</g, '\\u003c')
