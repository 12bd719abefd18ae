// shared/core: Electron-free. Print settings shared by the app (webContents.printToPDF) and the CLI (Playwright page.pdf): paper, backgrounds, page-number footer.
import type { PaperSize } from '@shared/contract/views'

export { REPORT_FAILED_TITLE, REPORT_READY_TITLE } from '@shared/contract/views'

/**
 * The footer Chromium draws in the bottom page margin. It carries no user data: the template is HTML rendered by the
 * browser, so an account name in it would be markup injection. Font size must be explicit (the default is tiny).
 */
export const REPORT_FOOTER_TEMPLATE =
  '<div style="width:100%;font-family:system-ui,sans-serif;font-size:8pt;color:#4d5560;padding:0 14mm;display:flex;justify-content:space-between">' +
  '<span>LikeTrace report</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>'

export interface ReportPrintOptions {
  paper: PaperSize
  printBackground: true
  preferCSSPageSize: true
  displayHeaderFooter: true
  headerTemplate: string
  footerTemplate: string
}

export function reportPrintOptions(paper: PaperSize): ReportPrintOptions {
  // An empty header template still reserves nothing visible; '<span></span>' avoids Chromium's default date/title header.
  return { paper, printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: REPORT_FOOTER_TEMPLATE }
}
