// tests/support: worker bootstrap for engine-client tests: registers tsx inside the worker, then loads the TypeScript entry.
require('tsx/cjs/api').register()
require('./engine-worker.ts')
