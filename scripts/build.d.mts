/** Returns the `data:` URL under which the bundle imports scripts/undici-stub.mjs. */
export function undiciStubUrl(): string

/**
 * Bundles `entry` into `outDir`: index.js, package.json (`"type": "module"`) and licenses.txt.
 * Deletes the .js and .cjs files that an earlier build left in `outDir`.
 */
export function build(options: { entry: string; outDir: string }): Promise<void>
