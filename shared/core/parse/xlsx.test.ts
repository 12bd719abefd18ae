// shared/core tests: TikTok Studio Excel downloads in both SheetJS styles read into the same rows as their CSVs, and hostile workbooks end in typed errors.
import { describe, expect, it } from 'vitest'
import { makeStudioScenario } from '../../synth/studio-scenarios'
import { renderStudioXlsx } from '../../synth/render-xlsx'
import type { ByteStream } from '../read-contract'
import { ReadError } from './read-error'
import type { OpenPart } from './xlsx'
import { DEFAULT_XLSX_LIMITS, readXlsxSheet } from './xlsx'

const enc = new TextEncoder()
const scenario = makeStudioScenario('xlsx', { followerDrop: true, likesDrop: false, reachDrop: false, viral: false })

/** Serves parts from memory in small chunks, so the parser sees XML cut anywhere. */
function partsOf(parts: ReadonlyMap<string, string>, chunk = 97): OpenPart {
  return (name) => {
    const text = parts.get(name)
    if (text === undefined) return null
    const bytes = enc.encode(text)
    return (async function* (): ByteStream {
      for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk)
    })()
  }
}

async function readError(p: Promise<unknown>): Promise<ReadError> {
  try {
    await p
  } catch (e) {
    if (e instanceof ReadError) return e
    throw e
  }
  throw new Error('expected a ReadError')
}

describe('readXlsxSheet', () => {
  for (const style of ['sheetjs-str', 'shared-inline'] as const) {
    it(`reads every Studio table written in the ${style} style back to the same cells`, async () => {
      for (const table of scenario.tables) {
        const sheet = await readXlsxSheet(partsOf(renderStudioXlsx(table.rows, { style, sheetName: table.name })), `${table.name}.xlsx`)
        expect(sheet.name).toBe(style === 'sheetjs-str' ? 'SheetJS' : table.name)
        expect(sheet.rows).toEqual(table.rows)
      }
    })
  }

  it('keeps text with markup characters and non-Latin dates exact', async () => {
    const rows = [['Date', 'Video title'], ['29 سبتمبر', 'a < b & "c"'], ['8 de marzo', '🎵 ünïcode']]
    const sheet = await readXlsxSheet(partsOf(renderStudioXlsx(rows, { style: 'shared-inline', sheetName: 'Overview' }), 5), 'Overview.xlsx')
    expect(sheet.rows).toEqual(rows)
  })

  it('places cells by their reference, joins rich text, ignores formulas and phonetic hints', async () => {
    const parts = renderStudioXlsx([['x']], { style: 'sheetjs-str', sheetName: 'x' })
    parts.set('xl/sharedStrings.xml', '<sst><si><r><t>Vid</t></r><r><t>eo Views</t></r><rPh><t>hint</t></rPh></si></sst>')
    parts.set(
      'xl/worksheets/sheet1.xml',
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c><c r="C1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="str"><f>HYPERLINK("http://x")</f><v>June 24</v></c><c r="C2"><f>1+1</f><v>2</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c></row></sheetData></worksheet>',
    )
    const sheet = await readXlsxSheet(partsOf(parts), 'x.xlsx')
    expect(sheet.rows).toEqual([
      ['Date', '', 'Video Views'],
      ['June 24', '', '2', 'TRUE', ''],
    ])
  })

  it('turns Excel serial dates in a date column into ISO days', async () => {
    const parts = renderStudioXlsx([['Date', 'Likes'], ['45467', '3']], { style: 'sheetjs-str', sheetName: 'x' })
    expect((await readXlsxSheet(partsOf(parts), 'x.xlsx')).rows[1]).toEqual(['2024-06-24', '3'])
  })

  it('refuses a DOCTYPE (no entity is ever expanded), damaged XML and unknown entities with typed errors', async () => {
    const base = renderStudioXlsx([['Date'], ['June 24']], { style: 'sheetjs-str', sheetName: 'x' })
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet><sheetData><row><c t="str"><v>&lol2;</v></c></row></sheetData></worksheet>`
    const cases: Array<[string, string, string]> = [
      ['xl/worksheets/sheet1.xml', laughs, 'BAD_SHAPE'],
      ['xl/worksheets/sheet1.xml', '<worksheet><sheetData><row><c t="str"><v>&xxe;</v></c></row></sheetData></worksheet>', 'BAD_SHAPE'],
      ['xl/worksheets/sheet1.xml', '<worksheet><sheetData><row><c><v>1</v></row></sheetData>', 'BAD_SHAPE'],
      ['xl/worksheets/sheet1.xml', '\u0000\u0001 not xml', 'BAD_SHAPE'],
      ['xl/workbook.xml', '<workbook><sheets><sheet name="x" r:id="rId1"', 'BAD_SHAPE'],
      ['xl/sharedStrings.xml', '<!DOCTYPE x SYSTEM "file:///etc/passwd"><sst/>', 'BAD_SHAPE'],
    ]
    for (const [part, xml, code] of cases) {
      const parts = new Map(base)
      parts.set(part, xml)
      const e = await readError(readXlsxSheet(partsOf(parts), 'Overview.xlsx'))
      expect(e.code, xml.slice(0, 40)).toBe(code)
      expect(e.message).toMatch(/Overview\.xlsx/)
    }
    const noSheet = new Map(base)
    noSheet.delete('xl/worksheets/sheet1.xml')
    expect((await readError(readXlsxSheet(partsOf(noSheet), 'x.xlsx'))).code).toBe('BAD_SHAPE')
  })

  it('stops counting at the cell, shared-string and text caps', async () => {
    const limits = { ...DEFAULT_XLSX_LIMITS, maxCells: 100, maxSharedStrings: 10, maxSharedStringChars: 1000, maxCellChars: 50 }
    const big = renderStudioXlsx(
      Array.from({ length: 30 }, (_, i) => ['1', '2', '3', String(i)]),
      { style: 'sheetjs-str', sheetName: 'x' },
    )
    expect((await readError(readXlsxSheet(partsOf(big), 'x.xlsx', limits))).code).toBe('ARCHIVE_TOO_COMPLEX')
    const strings = new Map(big)
    strings.set('xl/worksheets/sheet1.xml', '<worksheet><sheetData/></worksheet>')
    strings.set('xl/sharedStrings.xml', `<sst>${'<si><t>a</t></si>'.repeat(11)}</sst>`)
    expect((await readError(readXlsxSheet(partsOf(strings), 'x.xlsx', limits))).code).toBe('ARCHIVE_TOO_COMPLEX')
    strings.set('xl/sharedStrings.xml', `<sst><si><t>${'a'.repeat(1001)}</t></si></sst>`)
    expect((await readError(readXlsxSheet(partsOf(strings), 'x.xlsx', limits))).code).toBe('ARCHIVE_TOO_COMPLEX')
    const longCell = renderStudioXlsx([['Date'], ['x'.repeat(51)]], { style: 'sheetjs-str', sheetName: 'x' })
    expect((await readError(readXlsxSheet(partsOf(longCell), 'x.xlsx', limits))).code).toBe('ARCHIVE_TOO_COMPLEX')
  })
})
