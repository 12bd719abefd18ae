// shared/synth: pure. Writes a table as the parts of a TikTok Studio Excel download, in both styles SheetJS has written them.
export type XlsxStyle =
  /** Older downloads: one sheet named "SheetJS", text as formula strings (`t="str"`), no sharedStrings.xml. */
  | 'sheetjs-str'
  /** Newer downloads: the sheet named after the file ("Overview"), the header in a shared-string table, other text inline. */
  | 'shared-inline'

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** `A`, `B`, … `Z`, `AA`: the column letters of a cell reference. */
function columnName(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const NUMBER = /^-?\d+(?:\.\d+)?$/

/**
 * The package parts (zip path → XML) of a one-sheet workbook holding `rows`. Numbers become number cells, every
 * other value text in the style's form. Zip the map with `zipFiles` to get the `.xlsx` bytes.
 */
export function renderStudioXlsx(rows: ReadonlyArray<ReadonlyArray<string>>, options: { style: XlsxStyle; sheetName: string }): Map<string, string> {
  const shared: string[] = []
  const sheetName = options.style === 'sheetjs-str' ? 'SheetJS' : options.sheetName
  const body = rows
    .map((row, r) => {
      const cells = row.map((value, c) => {
        const ref = `${columnName(c)}${r + 1}`
        if (NUMBER.test(value)) return `<c r="${ref}"><v>${value}</v></c>`
        if (options.style === 'sheetjs-str') return `<c r="${ref}" t="str"><v>${escapeXml(value)}</v></c>`
        if (r === 0) {
          shared.push(value)
          return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`
        }
        return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`
      })
      return `<row r="${r + 1}">${cells.join('')}</row>`
    })
    .join('')
  const parts = new Map<string, string>()
  parts.set(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${shared.length > 0 ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
  )
  parts.set('_rels/.rels', `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
  parts.set(
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  )
  parts.set(
    'xl/_rels/workbook.xml.rels',
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${shared.length > 0 ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : ''}</Relationships>`,
  )
  parts.set('xl/worksheets/sheet1.xml', `${XML_HEAD}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`)
  if (shared.length > 0) {
    parts.set(
      'xl/sharedStrings.xml',
      `${XML_HEAD}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((t) => `<si><t>${escapeXml(t)}</t></si>`).join('')}</sst>`,
    )
  }
  return parts
}
