// shared/core: Electron-free. Print settings shared by the app (webContents.printToPDF) and the CLI (Playwright page.pdf): paper, backgrounds, tagging, the footer with account, date and page numbers.
import type { PaperSize, ReportData } from '@shared/contract/views'
import { reportDay } from './report-title'

export { REPORT_FAILED_TITLE, REPORT_READY_TITLE } from '@shared/contract/views'

/** The footer is HTML that Chromium renders: the account name is escaped, so a name like `<img src=…>` stays text. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * The footer Chromium draws in the bottom page margin: "LikeTrace report · @account · 10 Mar 2025" (plus "made-up
 * data" for the sample) and "Page n of N". Font size must be explicit (the default is tiny).
 */
export function reportFooterTemplate(data: Pick<ReportData, 'account' | 'generatedAt' | 'madeUp'>): string {
  const left = ['LikeTrace report', data.account, reportDay(data.generatedAt), data.madeUp ? 'sample: made-up data' : null].filter((p) => p !== null).join(' · ')
  return (
    '<div style="width:100%;font-family:system-ui,sans-serif;font-size:8pt;color:#4d5560;padding:0 14mm;display:flex;justify-content:space-between">' +
    `<span>${escapeHtml(left)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
  )
}

export interface ReportPrintOptions {
  paper: PaperSize
  printBackground: true
  preferCSSPageSize: true
  displayHeaderFooter: true
  /** Tagged (accessible) PDF: headings, lists, tables and links carry their structure for screen readers. */
  tagged: true
  headerTemplate: string
  footerTemplate: string
}

export function reportPrintOptions(data: Pick<ReportData, 'paper' | 'account' | 'generatedAt' | 'madeUp'>): ReportPrintOptions {
  // An empty header template still reserves nothing visible; '<span></span>' avoids Chromium's default date/title header.
  return {
    paper: data.paper,
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    tagged: true,
    headerTemplate: '<span></span>',
    footerTemplate: reportFooterTemplate(data),
  }
}
