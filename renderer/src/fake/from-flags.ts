// renderer: dev/screenshot only, loaded lazily and only when a harness injected window.__LIKETRACE_FAKE__. Turns its flags into a fake API.
import { createFakeApi, type FakeApi } from '../api'
import { ERROR_TEXT } from '@shared/contract/errors'
import type { FakeFlags } from './fake-flags'
import { buildSampleData } from './sample-data'

export function fakeApiFromFlags(flags: FakeFlags): FakeApi {
  const data = buildSampleData(flags.likes === undefined ? {} : { likes: flags.likes })
  if (flags.noImports) data.imports = []
  if (flags.stepMs !== undefined) data.stepMs = flags.stepMs
  else data.stepMs = 350
  if (flags.hold) data.hold = true
  if (flags.fail) {
    const error = { code: flags.fail, message: flags.failMessage ?? ERROR_TEXT[flags.fail].title }
    data.failures = { startImport: error, importSample: error }
  }
  data.pathForFile = (file) => `/dropped/${file.name}`
  return createFakeApi(data)
}
