import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { advanceGenerations, generationMarker } from '../../lib/cache/generations.mjs'
import {
  forgetPagesTagged,
  mirrorFile,
  mirrorPage,
  mirrorServedPage,
  startPageMirror,
} from '../../lib/cache/pageMirror.mjs'

let folder: string

/** A page as Next hands it to the cache handler. */
const page = ({
  tags,
  status = 200,
  html = '<html>page</html>',
}: {
  tags: string[]
  status?: number
  html?: string
}) => ({
  kind: 'APP_PAGE',
  html,
  status,
  headers: { 'x-next-cache-tags': tags.join(',') },
})

/** The key Next 16 stores a page under: its route's hash, then its path. */
const key = (pagePath: string) => `/route-cache/APP_PAGE/0a1b2c3d/$${pagePath}`

const served = (pagePath: string) => {
  const file = mirrorFile(folder, pagePath)
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null
}

describe('the page copies nginx serves (lib/cache/pageMirror)', () => {
  beforeEach(() => {
    folder = startPageMirror(fs.mkdtempSync(path.join(os.tmpdir(), 'page-mirror-test-')))
  })
  afterEach(() => {
    vi.useRealTimers()
    fs.rmSync(folder, { recursive: true, force: true })
  })

  it('copies a rendered public page when Next stores it, and deletes the copy when a tag of it expires', () => {
    mirrorPage(
      key('/careers/nurse'),
      page({ tags: ['career:nurse', 'catalogue'], html: '<p>Nurse</p>' }),
      3600,
    )
    mirrorPage(key('/skills/triage'), page({ tags: ['skill:triage', 'catalogue'] }), 3600)
    expect(served('/careers/nurse')).toBe('<p>Nurse</p>')

    forgetPagesTagged(['career:nurse'])
    expect(served('/careers/nurse')).toBeNull()
    expect(served('/skills/triage')).not.toBeNull()

    forgetPagesTagged(['catalogue'])
    expect(served('/skills/triage')).toBeNull()
  })

  it('takes the page path from the key whatever form Next gives it', () => {
    mirrorPage('/careers/nurse', page({ tags: ['career:nurse'], html: 'plain key' }), 3600)
    expect(served('/careers/nurse')).toBe('plain key')
  })

  it('replaces a copy with the newer render of the same page', () => {
    mirrorPage(key('/careers/nurse'), page({ tags: ['career:nurse'], html: 'old' }), 3600)
    mirrorPage(key('/careers/nurse'), page({ tags: ['career:nurse'], html: 'new' }), 3600)
    expect(served('/careers/nurse')).toBe('new')
  })

  it('gives a corrected copy a later modification time, so a browser’s check of the old one is not a 304', () => {
    vi.useFakeTimers({ now: new Date('2026-11-28T12:00:00.100Z') })
    const secondOf = () => Math.floor(fs.statSync(mirrorFile(folder, '/careers/nurse')).mtimeMs / 1000)
    mirrorPage(key('/careers/nurse'), page({ tags: ['career:nurse'], html: 'teh' }), 3600)
    const first = secondOf()
    forgetPagesTagged(['career:nurse'])
    // The same length, within the same second: nginx's ETag and Last-Modified would not change.
    mirrorPage(key('/careers/nurse'), page({ tags: ['career:nurse'], html: 'the' }), 3600)
    expect(secondOf()).toBeGreaterThan(first)
  })

  it('never copies a page rendered from data an expiry has since outdated', () => {
    const marker = generationMarker('career:nurse')
    advanceGenerations(['career:nurse'])
    mirrorPage(key('/careers/nurse'), page({ tags: ['career:nurse', marker] }), 3600)
    expect(served('/careers/nurse')).toBeNull()
  })

  describe('a page Next serves from its cache without storing it (rendered at build time)', () => {
    const entry = ({
      storedAt,
      revalidate = 3600,
      tag = 'career:nurse',
    }: {
      storedAt: number
      revalidate?: number
      tag?: string
    }) => ({
      value: page({ tags: [tag], html: 'built' }),
      lastModified: storedAt,
      cacheControl: { revalidate },
    })

    it('is copied while it is fresh', () => {
      mirrorServedPage(key('/careers/nurse'), entry({ storedAt: Date.now() - 60_000 }))
      expect(served('/careers/nurse')).toBe('built')
      forgetPagesTagged(['career:nurse'])
      expect(served('/careers/nurse')).toBeNull()
    })

    it('is not copied once a tag of it has expired since it was stored, or its hour is over', () => {
      const storedAt = Date.now() - 60_000
      forgetPagesTagged(['career:nurse'])
      mirrorServedPage(key('/careers/nurse'), entry({ storedAt }))
      mirrorServedPage(key('/careers/midwife'), entry({ storedAt, revalidate: 30, tag: 'career:midwife' }))
      expect(served('/careers/nurse')).toBeNull()
      expect(served('/careers/midwife')).toBeNull()
    })

    it('does not replace the copy of a later render', () => {
      mirrorPage(key('/careers/nurse'), page({ tags: ['career:nurse'], html: 'rendered' }), 3600)
      mirrorServedPage(key('/careers/nurse'), entry({ storedAt: Date.now() - 60_000 }))
      expect(served('/careers/nurse')).toBe('rendered')
    })
  })

  it('leaves to the app what is not a plain page that rendered: a 404, a route, a path with dots or capitals', () => {
    mirrorPage(key('/careers/gone'), page({ tags: ['career:gone'], status: 404 }), 3600)
    mirrorPage(
      '/sitemap.xml',
      { kind: 'APP_ROUTE', body: Buffer.from('x'), status: 200, headers: {} } as never,
      3600,
    )
    mirrorPage(key('/careers/../../etc'), page({ tags: [] }), 3600)
    mirrorPage(key('/careers/Nurse'), page({ tags: [] }), 3600)
    expect(fs.readdirSync(folder)).toEqual([])
  })

  it('deletes a copy once its revalidation period is over, so nginx sends the reader to the app', () => {
    vi.useFakeTimers()
    folder = startPageMirror(folder)
    mirrorPage(key('/careers/nurse'), page({ tags: ['career:nurse'] }), 60)
    vi.advanceTimersByTime(59_000)
    expect(served('/careers/nurse')).not.toBeNull()
    vi.advanceTimersByTime(62_000)
    expect(served('/careers/nurse')).toBeNull()
  })

  it('starts empty: copies an earlier server left behind may be out of date', () => {
    mirrorPage(key('/careers/nurse'), page({ tags: ['career:nurse'] }), 3600)
    startPageMirror(folder)
    expect(served('/careers/nurse')).toBeNull()
  })
})
