import fs from 'node:fs'

import { transform } from 'lightningcss'
import { describe, expect, it } from 'vitest'

import { minifyCss, siteStylesheet } from '../../lib/site/inlineStylesheet'

/** lightningcss's own minified form: two stylesheets that mean the same thing print the same. */
const canonical = (css: string) =>
  transform({ filename: 'styles.css', code: Buffer.from(css), minify: true }).code.toString()

describe('minifyCss', () => {
  it('drops comments and spacing but keeps quoted text and descendant combinators', () => {
    const css = `/* note */\n.breadcrumbs li + li::before {\n  content: ' › : , ';\n}\n.list :first-child { margin: 0 ; }\n`
    expect(minifyCss(css)).toBe(".breadcrumbs li + li::before{content:' › : , '}.list :first-child{margin:0}")
  })
})

describe('siteStylesheet', () => {
  it('is the public stylesheet, smaller and with the same meaning', () => {
    const source = fs.readFileSync('app/(frontend)/styles.css', 'utf8')
    const inlined = siteStylesheet()
    expect(inlined.length).toBeLessThan(source.length * 0.9)
    expect(canonical(inlined)).toBe(canonical(source))
  })
})
