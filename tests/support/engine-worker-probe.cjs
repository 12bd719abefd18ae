// tests/support: engine worker bootstrap for the hostile-input tests: the real engine plus a probe that reports this worker's Object.prototype.
require('tsx/cjs/api').register()
require('./prototype-probe.ts')
require('./engine-worker.ts')
