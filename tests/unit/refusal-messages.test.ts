import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'
import { describe, expect, it } from 'vitest'

import { checkReadiness, type ReadinessCollection, readinessSchemas } from '../../lib/readiness'

/**
 * The admin's error toast reads a message as "intro: item, item, …": it cuts at the first colon and
 * lists what follows, split at every comma, as field errors. A refusal with a colon reaches the person
 * chopped into a list, so no refusal, and no readiness message a refusal quotes, may contain one.
 */
const REFUSAL_CALLS = new Set(['forbidden', 'badRequest', 'notFound', 'Refusal', 'WorkflowRefusal'])
const SOURCE_FOLDERS = [
  'access',
  'app',
  'collections',
  'components',
  'fields',
  'hooks',
  'lib',
  'plugins',
  'server',
]

const sourceFiles = (folder: string): string[] =>
  fs.existsSync(folder)
    ? fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(folder, entry.name)
        if (entry.isDirectory()) return sourceFiles(full)
        return /\.tsx?$/.test(entry.name) ? [full] : []
      })
    : []

/** The words of a string or template literal, with each `${…}` left out. */
const literalText = (node: ts.Node): string | null => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…')
  }
  return null
}

const calleeName = (node: ts.CallExpression | ts.NewExpression): string | null => {
  const callee = node.expression
  if (ts.isIdentifier(callee)) return callee.text
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text
  return null
}

type Found = { file: string; line: number; text: string }

/** Every literal message handed to a refusal, anywhere in the app and its plugins. */
const refusalMessages = (): Found[] => {
  const found: Found[] = []
  for (const file of SOURCE_FOLDERS.flatMap(sourceFiles)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node) => {
      if (
        (ts.isCallExpression(node) || ts.isNewExpression(node)) &&
        REFUSAL_CALLS.has(calleeName(node) ?? '')
      ) {
        const text = node.arguments?.[0] ? literalText(node.arguments[0]) : null
        if (text !== null) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
          found.push({ file, line, text })
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

/** Every literal `message` or `error` a readiness schema gives zod. */
const readinessLiterals = (): Found[] => {
  const found: Found[] = []
  for (const file of sourceFiles('lib/readiness')) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAssignment(node) && ['message', 'error'].includes(node.name.getText(source))) {
        const text = literalText(node.initializer)
        if (text !== null) {
          found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text })
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

const withColon = (found: Found[]) =>
  found.filter(({ text }) => text.includes(':')).map(({ file, line, text }) => `${file}:${line} ${text}`)

/** Wrong values of every kind, so that zod's own default messages (which use colons) would show. */
const WRONG_VALUES: unknown[] = [null, 42, -1, 1e9, 'x', 'unknown', true, [], [1], [{}], {}, [{ stage: 'x' }]]

describe('refusal messages', () => {
  it('finds the refusals it scans', () => {
    // A scan that found nothing would pass whatever the messages said.
    expect(refusalMessages().length).toBeGreaterThan(20)
    expect(readinessLiterals().length).toBeGreaterThan(20)
  })

  it('contain no colon, which the admin toast would turn into a list of field errors', () => {
    expect(withColon(refusalMessages())).toEqual([])
  })

  it('quote readiness messages that contain no colon', () => {
    expect(withColon(readinessLiterals())).toEqual([])
  })

  it('quote no zod default message, whatever wrong value a field holds', () => {
    const colons = new Set<string>()
    for (const collection of Object.keys(readinessSchemas) as ReadinessCollection[]) {
      const shape = readinessSchemas[collection]
      const fields =
        'shape' in shape ? Object.keys(shape.shape) : ['origin', 'name', 'title', 'slug', 'summary']
      for (const field of [...fields, 'authors', 'figures', 'screening', 'adjacentQuestions', 'year']) {
        for (const value of WRONG_VALUES) {
          for (const issue of checkReadiness(collection, { [field]: value }).issues) {
            if (issue.message.includes(':'))
              colons.add(`${collection}.${field}=${JSON.stringify(value)} ${issue.message}`)
          }
        }
      }
    }
    expect([...colons]).toEqual([])
  })
})
