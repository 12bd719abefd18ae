// shared/core: Electron-free. Reads the first sheet of a TikTok Studio Excel download (written by SheetJS) into rows of text, with hostile-input caps.
//
// Why saxes: the zip part is the project's own bounded reader (size and ratio caps per entry, a shared budget); the
// XML inside needs a real parser, and saxes streams (so a sheet of millions of cells is refused while counting, never
// built), has one small dependency, and does not process DTDs: only XML's five named entities and character
// references are known, so entity expansion ("billion laughs") cannot happen. A DOCTYPE is refused outright.
import { SaxesParser } from 'saxes'
import type { SaxesTagPlain } from 'saxes'
import type { ByteStream } from '../read-contract'
import { ReadError, shownName } from './read-error'

export interface XlsxLimits {
  /** Cells in the sheet; a year of Studio days is about 2,200. */
  maxCells: number
  /** Entries in the shared-string table. */
  maxSharedStrings: number
  /** Characters in all shared strings together, and in one cell. */
  maxSharedStringChars: number
  maxCellChars: number
  /** Columns kept per row; cells further right are ignored (Studio files have at most 8 columns). */
  maxColumns: number
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxCells: 200_000,
  maxSharedStrings: 100_000,
  maxSharedStringChars: 8 * 1024 * 1024,
  maxCellChars: 32_767,
  maxColumns: 64,
}

export interface XlsxSheet {
  /** The sheet's name in the workbook (`SheetJS`, `Overview`, …). */
  name: string
  rows: string[][]
}

/** Opens one part of the workbook by its name inside the zip, or null when the part is missing. */
export type OpenPart = (name: string) => ByteStream | null

const CELL_REF = /^([A-Z]{1,3})\d*$/
const LT = 0x3c
/** Longest run of bytes between two `<` across chunk edges: Excel caps a cell at 32,767 characters. */
const MAX_RUN_BYTES = 256 * 1024

/** Column index of a cell reference such as `C12`, or -1. */
function columnOf(ref: string | undefined): number {
  const m = ref === undefined ? null : CELL_REF.exec(ref)
  if (!m) return -1
  let col = 0
  for (const ch of m[1] ?? '') col = col * 26 + (ch.charCodeAt(0) - 64)
  return col - 1
}

function attr(tag: SaxesTagPlain, name: string): string | undefined {
  const value = tag.attributes[name]
  return typeof value === 'string' ? value : undefined
}

/** Feeds a part's bytes to a fresh parser; every XML fault or DOCTYPE becomes a typed error naming the file. */
async function parsePart(stream: ByteStream, fileName: string, setup: (parser: SaxesParser) => void): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false })
  const bad = (): ReadError => new ReadError('BAD_SHAPE', `The Excel file "${shownName(fileName)}" is damaged (its XML cannot be read).`)
  parser.on('doctype', () => {
    throw new ReadError('BAD_SHAPE', `The Excel file "${shownName(fileName)}" declares a document type, which Excel files never need; it was not read.`)
  })
  parser.on('error', () => {
    throw bad()
  })
  setup(parser)
  const decoder = new TextDecoder('utf-8')
  // saxes keeps a whole text run or tag in one string: bytes between two `<` are counted across chunks, so a
  // run of megabytes (a white-space bomb, one endless value) is refused before it is held (a run inside one
  // chunk is bounded by the chunk).
  let sinceTag = 0
  try {
    for await (const chunk of stream) {
      const first = chunk.indexOf(LT)
      const run = sinceTag + (first === -1 ? chunk.length : first)
      if (run > MAX_RUN_BYTES) {
        throw new ReadError('ARCHIVE_TOO_COMPLEX', `The Excel file "${shownName(fileName)}" holds a value far longer than any TikTok Studio download.`)
      }
      sinceTag = first === -1 ? run : chunk.length - 1 - chunk.lastIndexOf(LT)
      parser.write(decoder.decode(chunk, { stream: true }))
    }
    parser.write(decoder.decode())
    parser.close()
  } catch (e) {
    throw e instanceof ReadError ? e : bad()
  }
}

/** The first sheet's name and part path, from the workbook and its relationships; `xl/worksheets/sheet1.xml` when they say nothing. */
async function firstSheet(open: OpenPart, fileName: string): Promise<{ name: string; part: string }> {
  let name = 'Sheet1'
  let relId: string | null = null
  const workbook = open('xl/workbook.xml')
  if (workbook) {
    await parsePart(workbook, fileName, (p) =>
      p.on('opentag', (tag) => {
        if (tag.name === 'sheet' && relId === null) {
          name = attr(tag, 'name') ?? name
          relId = attr(tag, 'r:id') ?? null
        }
      }),
    )
  }
  let target: string | null = null
  const rels = relId === null ? null : open('xl/_rels/workbook.xml.rels')
  if (rels) {
    await parsePart(rels, fileName, (p) =>
      p.on('opentag', (tag) => {
        if (tag.name === 'Relationship' && attr(tag, 'Id') === relId) target = attr(tag, 'Target') ?? null
      }),
    )
  }
  const t = target as string | null
  // Targets are relative to xl/ (`worksheets/sheet1.xml`) or absolute in the package (`/xl/worksheets/sheet1.xml`).
  const part = t === null ? 'xl/worksheets/sheet1.xml' : t.startsWith('/') ? t.slice(1) : `xl/${t}`
  return { name, part }
}

/** The shared-string table (`xl/sharedStrings.xml`): rich-text runs joined, phonetic hints left out. */
async function sharedStrings(open: OpenPart, fileName: string, limits: XlsxLimits): Promise<string[]> {
  const stream = open('xl/sharedStrings.xml')
  if (stream === null) return []
  const out: string[] = []
  let total = 0
  let current: string[] | null = null
  let inText = false
  let phonetic = 0
  await parsePart(stream, fileName, (p) => {
    p.on('opentag', (tag) => {
      if (tag.name === 'si') {
        if (out.length >= limits.maxSharedStrings) {
          throw new ReadError('ARCHIVE_TOO_COMPLEX', `The Excel file "${shownName(fileName)}" holds far more text than a TikTok Studio download.`)
        }
        current = []
      } else if (tag.name === 'rPh') phonetic++
      else if (tag.name === 't' && phonetic === 0) inText = true
    })
    p.on('text', (text) => {
      if (!inText || current === null) return
      total += text.length
      if (total > limits.maxSharedStringChars) {
        throw new ReadError('ARCHIVE_TOO_COMPLEX', `The Excel file "${shownName(fileName)}" holds far more text than a TikTok Studio download.`)
      }
      current.push(text)
    })
    p.on('closetag', (tag) => {
      if (tag.name === 't') inText = false
      else if (tag.name === 'rPh') phonetic--
      else if (tag.name === 'si' && current !== null) {
        out.push(current.join(''))
        current = null
      }
    })
  })
  return out
}

/**
 * Reads the first sheet of an XLSX package as rows of cell text. Shared (`t="s"`), inline (`t="inlineStr"`) and
 * formula-string (`t="str"`) cells give their text, numbers their digits, booleans TRUE/FALSE; formulas are never
 * evaluated (only a cached value is kept). Refuses, with typed errors, a DOCTYPE, damaged XML, more than
 * `maxCells` cells and oversized text.
 */
export async function readXlsxSheet(open: OpenPart, fileName: string, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<XlsxSheet> {
  const { name, part } = await firstSheet(open, fileName)
  const strings = await sharedStrings(open, fileName, limits)
  const sheet = open(part)
  if (sheet === null) throw new ReadError('BAD_SHAPE', `The Excel file "${shownName(fileName)}" has no worksheet.`)
  const rows: string[][] = []
  let row: string[] | null = null
  let cells = 0
  let cell: { col: number; type: string; text: string[]; chars: number } | null = null
  let collect = false
  let inFormula = false
  const tooBig = (): ReadError => new ReadError('ARCHIVE_TOO_COMPLEX', `The Excel file "${shownName(fileName)}" holds far more cells than a TikTok Studio download.`)
  await parsePart(sheet, fileName, (p) => {
    p.on('opentag', (tag) => {
      switch (tag.name) {
        case 'row':
          // Rows count like cells: a sheet of millions of empty rows is as refused as one of millions of cells.
          if (++cells > limits.maxCells) throw tooBig()
          row = []
          break
        case 'c': {
          if (++cells > limits.maxCells) throw tooBig()
          const current = row ?? []
          const at = columnOf(attr(tag, 'r'))
          cell = { col: at >= 0 ? at : current.length, type: attr(tag, 't') ?? 'n', text: [], chars: 0 }
          break
        }
        case 'v':
        case 't':
          // `<t>` only inside an inline string; `<v>` is the value (for a formula, its cached result).
          collect = cell !== null && !inFormula
          break
        case 'f':
          inFormula = true
          break
      }
    })
    p.on('text', (text) => {
      if (!collect || cell === null) return
      cell.chars += text.length
      if (cell.chars > limits.maxCellChars) throw new ReadError('ARCHIVE_TOO_COMPLEX', `A cell in the Excel file "${shownName(fileName)}" is far longer than any TikTok Studio value.`)
      cell.text.push(text)
    })
    p.on('closetag', (tag) => {
      switch (tag.name) {
        case 'v':
        case 't':
          collect = false
          break
        case 'f':
          inFormula = false
          break
        case 'c': {
          const c = cell as { col: number; type: string; text: string[] } | null
          cell = null
          const current = row as string[] | null
          if (c === null || current === null || c.col >= limits.maxColumns) break
          const raw = c.text.join('')
          const value = c.type === 's' ? (strings[Number(raw)] ?? '') : c.type === 'b' ? (raw === '1' ? 'TRUE' : 'FALSE') : c.type === 'e' ? '' : raw
          while (current.length < c.col) current.push('')
          current[c.col] = value
          break
        }
        case 'row':
          if (row !== null) rows.push(row)
          row = null
          break
      }
    })
  })
  return { name, rows: withIsoDates(rows) }
}

/** Excel's day 0 is 1899-12-30 (after its 1900 leap-year bug). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000

/**
 * Date columns (a header with "date" or "time") holding Excel serial numbers become `YYYY-MM-DD`: a Studio file
 * saved again by Excel may turn "June 24" into a dated number. Studio's own yearless text is left alone.
 */
function withIsoDates(rows: string[][]): string[][] {
  const header = rows[0]
  if (header === undefined) return rows
  const dateColumns = header.map((h, i) => (/date|time|data|fecha|tarikh|تاريخ/i.test(h) ? i : -1)).filter((i) => i >= 0)
  for (const r of rows.slice(1)) {
    for (const i of dateColumns) {
      const v = r[i]
      if (v === undefined || !/^\d{5}(?:\.\d+)?$/.test(v)) continue
      const serial = Number(v)
      if (serial < 20_000 || serial > 80_000) continue
      r[i] = new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10)
    }
  }
  return rows
}
