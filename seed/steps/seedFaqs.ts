import { idsFor, type KeyMap, type SeedContext } from '../context'
import type { FaqSeed } from '../data/types'
import { findOrCreate } from '../findOrCreate'
import { progress } from '../progress'

type Ids = { careerIds: KeyMap; skillIds: KeyMap; findingIds: KeyMap }

export const seedFaqs = async (
  ctx: SeedContext,
  { faqs, careerIds, skillIds, findingIds }: Ids & { faqs: FaqSeed[] },
): Promise<void> => {
  const bar = progress(ctx.log, 'FAQs', faqs.length)
  for (const faq of faqs) {
    const { created } = await findOrCreate({
      ctx,
      collection: 'faqs',
      where: { question: { equals: faq.question } },
      data: {
        question: faq.question,
        answer: faq.answer,
        citedFindings: idsFor(findingIds, faq.cites, 'finding'),
        topic: faq.topic,
        careers: idsFor(careerIds, faq.careers, 'career'),
        skills: idsFor(skillIds, faq.skills, 'skill'),
      },
    })
    bar.tick(created)
  }
  bar.finish()
}
