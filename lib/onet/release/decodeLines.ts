import { type OnetRejection } from './types'

export type SourceLine = { line: number; text: string }

const LINE_FEED = 0x0a
const BYTE_ORDER_MARK = '\uFEFF'

// ignoreBOM keeps a mark that is not at the start of the file in the text, so only the file's own is dropped.
const strictUtf8 = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

const withoutCarriageReturn = (text: string): string => (text.endsWith('\r') ? text.slice(0, -1) : text)

const withoutTrailingEmptyLines = (lines: SourceLine[]): SourceLine[] => {
  let end = lines.length
  while (end > 0 && lines[end - 1].text === '') end -= 1
  return lines.slice(0, end)
}

const splitText = (text: string): SourceLine[] =>
  text.split('\n').map((raw, index) => ({ line: index + 1, text: withoutCarriageReturn(raw) }))

/** Only reached when the whole file failed to decode: find and name each line that is not UTF-8. */
const decodeLineByLine = ({ file, bytes }: { file: string; bytes: Uint8Array }) => {
  const decoder = strictUtf8()
  const lines: SourceLine[] = []
  const rejected: OnetRejection[] = []
  let start = 0
  let line = 1
  while (start <= bytes.length) {
    const feed = bytes.indexOf(LINE_FEED, start)
    const end = feed === -1 ? bytes.length : feed
    try {
      lines.push({ line, text: withoutCarriageReturn(decoder.decode(bytes.subarray(start, end))) })
    } catch {
      rejected.push({
        file,
        line,
        reason:
          'the line is not valid UTF-8 text (O*NET releases are UTF-8; was the file re-saved in another encoding?)',
      })
    }
    line += 1
    start = end + 1
  }
  return { lines, rejected }
}

/**
 * A release file's lines with their 1-based physical line numbers: CRLF or LF, a leading UTF-8 byte order
 * mark dropped, empty lines at the end dropped. A line that is not valid UTF-8 is rejected and left out;
 * the others keep their true numbers.
 */
export const decodeLines = ({ file, bytes }: { file: string; bytes: Uint8Array }) => {
  let decoded: { lines: SourceLine[]; rejected: OnetRejection[] }
  try {
    decoded = { lines: splitText(strictUtf8().decode(bytes)), rejected: [] }
  } catch {
    decoded = decodeLineByLine({ file, bytes })
  }
  const first = decoded.lines[0]
  if (first?.line === 1 && first.text.startsWith(BYTE_ORDER_MARK))
    first.text = first.text.slice(BYTE_ORDER_MARK.length)
  return { ...decoded, lines: withoutTrailingEmptyLines(decoded.lines) }
}
