/** `code` with each module factory that may be one written as a parenthesized `function` expression. */
export function eagerFactoriesOf(code: string): { code: string; count: number }
/** Rewrites the `.js` files directly in `dir`; fails when its `index.js` has no module factory. */
export function eagerFactories(dir: string): void
