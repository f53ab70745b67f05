import 'server-only'

import fs from 'node:fs'
import path from 'node:path'

/**
 * The public site's stylesheet, read once and minified, for a `<style>` element in the page itself.
 * Inlined, it costs ~1.6 KB gzipped per page and saves the render-blocking request that a `<link>`
 * would wait for before first paint (slow mobile networks pay a full round trip for it). The admin
 * keeps Payload's stylesheet as a file: it is 0.7 MB and cached across its pages.
 */
const STYLESHEET = path.join(process.cwd(), 'app', '(frontend)', 'styles.css')

let minified: string | undefined

const STRING_LITERAL = /('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")/

const minifyOutsideStrings = (css: string): string =>
  css
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};>])\s*/g, '$1')
    .replace(/([:,]) /g, '$1')
    .replace(/;}/g, '}')

/** Drops comments and the whitespace CSS does not need; text inside quotes is kept as written. */
export const minifyCss = (css: string): string =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(STRING_LITERAL)
    .map((part, index) => (index % 2 ? part : minifyOutsideStrings(part)))
    .join('')
    .trim()

const readMinified = () => minifyCss(fs.readFileSync(STYLESHEET, 'utf8'))

/** Read once in production; on every render in development, so edits to styles.css show on reload. */
export const siteStylesheet = (): string =>
  process.env.NODE_ENV === 'production' ? (minified ??= readMinified()) : readMinified()
