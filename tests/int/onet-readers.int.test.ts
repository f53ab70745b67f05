import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { loadCareerPage } from '../../lib/data/pages/careerPage'
import { loadFamilies, loadFamilyPage } from '../../lib/data/pages/families'
import { loadSearch, SEARCH_CANDIDATES, SEARCH_RESULTS_SHOWN } from '../../lib/data/pages/searchPage'
import { loadCatalogueSitemap } from '../../lib/data/pages/sitemaps'
import { loadSkillPage } from '../../lib/data/pages/skillPage'
import { runImport } from '../../lib/onet/import/runImport'
import { readRelease } from '../../lib/onet/release/readRelease'
import { parseSearchQuery } from '../../lib/search/query'
import { seedDemoContent } from '../../seed/index'
import { linkCuratedCareers } from '../../seed/steps/linkCuratedCareers'
import { SLICE_RELEASE } from '../helpers/onetRelease'
import { syntheticRelease } from '../helpers/syntheticRelease'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'
import { createStaff } from '../helpers/users'

let payload: Payload
let staff: Record<'admin' | 'editor' | 'reviewer', User>

const search = (text: string) => loadSearch({ payload, query: parseSearchQuery(text)! })
const careerTitles = async (text: string) => (await search(text)).careers.shown.map((result) => result.title)

describe('readers of the imported O*NET catalogue (49-occupation slice of 29.2)', () => {
  beforeAll(async () => {
    payload = await startTestPayload('onet-readers')
    staff = await createStaff(payload)
    await seedDemoContent({ payload })
  })
  afterAll(() => stopTestPayload(payload))

  it('shows nothing of an import to readers until a reviewer approves it, then all of it', async () => {
    const release = await readRelease({ folder: SLICE_RELEASE })
    await runImport({ payload, release, mode: 'review', user: staff.editor })

    expect(await loadCareerPage({ payload, careerSlug: 'software-developers' })).toBeNull()
    expect(await loadSkillPage({ payload, skillSlug: 'microsoft-excel' })).toBeNull()
    expect((await search('programmer')).careers.total).toBe(0)
    expect(await loadFamilies({ payload })).toEqual([])
    expect((await loadFamilyPage({ payload, family: '15', page: 1 }))?.careers).toEqual([])
    const draftUrls = await loadCatalogueSitemap({ payload, kind: 'careers', page: 1 })
    expect(draftUrls.map((url) => url.path)).not.toContain('/careers/software-developers')
    // Python is curated and published, but no published career uses it yet.
    expect((await loadSkillPage({ payload, skillSlug: 'python' }))?.usedIn).toBeNull()

    const [run] = (await payload.find({ collection: 'imports', depth: 0 })).docs
    await payload.update({
      collection: 'imports',
      id: run!.id,
      data: { status: 'approved' },
      user: staff.reviewer,
      overrideAccess: false,
    })
    await linkCuratedCareers(payload)

    expect((await loadCareerPage({ payload, careerSlug: 'software-developers' }))?.occupation?.code).toBe(
      '15-1252.00',
    )
    expect((await search('programmer')).careers.total).toBeGreaterThan(0)
    expect(
      (await loadCatalogueSitemap({ payload, kind: 'careers', page: 1 })).map((url) => url.path),
    ).toContain('/careers/software-developers')
  }, 300_000)

  it('finds careers by any alternate title: programmer, RN, sous chef', async () => {
    const programmer = await careerTitles('programmer')
    expect(programmer).toEqual(expect.arrayContaining(['Software Developers', 'Computer Programmers']))
    // A title containing the word ranks above a career found only by one of its other titles.
    expect(programmer.indexOf('Computer Programmers')).toBeLessThan(programmer.indexOf('Software Developers'))
    const developers = (await search('programmer')).careers.shown.find(
      (result) => result.title === 'Software Developers',
    )
    expect(developers?.alsoCalled).toMatch(/Programmer/)

    expect((await careerTitles('RN'))[0]).toBe('Registered Nurses')
    expect((await careerTitles('sous chef'))[0]).toBe('Chefs and Head Cooks')
    expect(await careerTitles('Sous-Chef')).toContain('Chefs and Head Cooks')
    // Word starts only: "rn" inside "learning" or "internal" does not count.
    expect(await careerTitles('ternal')).toEqual([])
  })

  it('finds skills by name and boosts curated content with evidence pages', async () => {
    const python = await search('python')
    expect(python.skills.shown[0]).toMatchObject({ title: 'Python', href: '/skills/python', evidence: true })
    const developer = (await search('developer')).careers.shown
    expect(developer[0]?.evidence).toBe(true)
    expect(developer.map((result) => result.title)).toContain('Software Developers')
    const nothing = await search('qwertyuiop')
    expect([nothing.careers.total, nothing.skills.total]).toEqual([0, 0])
  })

  it('counts every match of a broad query, past the ones it ranks, and says the list is capped', async () => {
    const { totalDocs } = await payload.count({
      collection: 'skills',
      where: { and: [{ searchText: { contains: ' software' } }, { _status: { equals: 'published' } }] },
    })
    expect(totalDocs).toBeGreaterThan(SEARCH_CANDIDATES)

    const software = await search('software')
    expect(software.skills).toMatchObject({ total: totalDocs, capped: true })
    expect(software.skills.shown).toHaveLength(SEARCH_RESULTS_SHOWN)
    const narrow = await search('python')
    expect(narrow.skills.capped).toBe(false)
    expect(narrow.skills.total).toBeLessThanOrEqual(SEARCH_CANDIDATES)
  })

  it('shows an imported career with its description, core tasks, preparation, interests, technologies and related careers', async () => {
    const view = await loadCareerPage({ payload, careerSlug: 'registered-nurses' })
    expect(view?.curated).toBeNull()
    const occupation = view!.occupation!
    expect(occupation.description).toMatch(/patient/i)
    expect(occupation.tasks.length).toBeGreaterThan(5)
    expect(occupation.tasks[0]!.provenance.source?.label).toBeTruthy()
    expect(occupation.tasks[0]!.provenance.date).toMatch(/^[A-Z][a-z]+ \d{4}$/)
    expect(occupation.jobZone).toMatchObject({ zone: 4, provenance: { date: 'August 2021' } })
    expect(occupation.jobZone?.name).toMatch(/Job Zone Four/)
    expect(occupation.interests?.scores.map((score) => score.letter)).toEqual(['R', 'I', 'A', 'S', 'E', 'C'])
    expect(occupation.interests?.highPoint?.code).toMatch(/^S/)
    expect(occupation.interests?.provenance.source?.flag?.key).toBe('machineLearning')
    expect(occupation.technologies.total).toBeGreaterThan(20)
    expect(occupation.technologies.marked.some((technology) => technology.hot)).toBe(true)
    expect(occupation.related.map((link) => link.title)).toContain('Critical Care Nurses')
    expect(occupation.family).toMatchObject({ code: '29', href: '/careers/families/29' })
    expect(view?.dataset).toMatchObject({ title: 'O*NET 29.2 Database', version: '29.2' })
    expect(view?.dataset?.attribution).toContain('Used under the CC BY 4.0 license')
    expect(view?.indexable).toBe(true)
  })

  it("shows a curated career's evidence pages first, then its occupation's facts as the occupation's", async () => {
    const view = await loadCareerPage({ payload, careerSlug: 'backend-developer' })
    expect(view?.curated?.career.summary).toBeTruthy()
    expect(view?.evidence.pages.length).toBeGreaterThan(0)
    expect(view?.occupation).toMatchObject({ title: 'Software Developers', code: '15-1252.00' })
    const python = view?.occupation?.technologies.marked.find((technology) => technology.name === 'Python')
    expect(python).toMatchObject({ href: '/skills/python', hot: true, inDemand: true })

    const developers = await loadCareerPage({ payload, careerSlug: 'software-developers' })
    expect(developers?.specialisations.map((link) => link.title)).toContain('Backend Developer')
  })

  it('lists the careers using a technology with hot and in-demand marks, and keeps a curated skill its own content', async () => {
    const python = await loadSkillPage({ payload, skillSlug: 'python' })
    expect(python?.skill.summary).toBeTruthy()
    expect(python?.evidence.pages.length).toBeGreaterThan(0)
    const developers = python?.usedIn?.careers.find((career) => career.title === 'Software Developers')
    expect(developers).toMatchObject({ hot: true, inDemand: true })
    expect(python?.usedIn?.total).toBe(python?.usedIn?.careers.length)

    const excel = await loadSkillPage({ payload, skillSlug: 'microsoft-excel' })
    expect(excel?.usedIn?.commodity).toBe('Spreadsheet software')
    expect(excel?.usedIn?.total).toBeGreaterThan(10)
    expect(excel?.usedIn?.hot).toBe(excel?.usedIn?.careers.filter((career) => career.hot).length)
    expect(excel?.dataset?.href).toMatch(/^\/sources\//)
  })

  it('pages a job family 50 careers at a time with previous and next links', async () => {
    const families = await loadFamilies({ payload })
    expect(families.find((family) => family.code === '15')).toMatchObject({
      title: 'Computer and Mathematical',
      careers: 15,
    })
    await runImport({ payload, release: syntheticRelease({ occupations: 55 }), mode: 'trusted' })

    const first = await loadFamilyPage({ payload, family: '15', page: 1 })
    expect(first).toMatchObject({
      totalCareers: 70,
      totalPages: 2,
      previous: null,
      next: '/careers/families/15/2',
    })
    expect(first?.careers).toHaveLength(50)
    const second = await loadFamilyPage({ payload, family: '15', page: 2 })
    expect(second).toMatchObject({ previous: '/careers/families/15', next: null })
    expect(second?.careers).toHaveLength(20)
    expect(await loadFamilyPage({ payload, family: '15', page: 3 })).toBeNull()
    expect(await loadFamilyPage({ payload, family: '99', page: 1 })).toBeNull()
  })
})
