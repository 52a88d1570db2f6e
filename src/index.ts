import { run } from './main.js'

await run()

// A socket that a proxy tunnel or a stalled server left open must not hold the runner after the
// verdict is reported. The timer is unref'd, so it fires only when such a handle is still alive.
setTimeout(() => process.exit(), 1000).unref()
