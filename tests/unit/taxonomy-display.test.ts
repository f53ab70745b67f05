import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { Taxonomy } from '../../components/evidence/Taxonomy'

const render = (taxonomy: Parameters<typeof Taxonomy>[0]['taxonomy']) =>
  renderToStaticMarkup(createElement(Taxonomy, { taxonomy }))

describe('Taxonomy', () => {
  it('shows every code a curated career records', () => {
    const html = render({
      onetSoc: '15-1252.00',
      onetTitle: 'Software Developers',
      escoLabel: 'software developer',
      isco08: '2512',
    })
    expect(html).toContain('<dd>15-1252.00 — Software Developers</dd>')
    expect(html).toContain('<dd>2512</dd>')
  })

  it('leaves out the codes an imported occupation has none of, rather than show them empty', () => {
    const html = render({
      onetSoc: '15-1252.00',
      onetTitle: 'Software Developers',
      escoLabel: '',
      isco08: '',
    })
    expect(html).not.toContain('ESCO')
    expect(html).not.toContain('<dd></dd>')
  })
})
