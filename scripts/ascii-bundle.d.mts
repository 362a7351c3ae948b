/** The `.js` files directly in `dir`, rewritten as ASCII ESM (scripts/ascii-bundle.mjs). */
export function asciiBundle(dir: string): Promise<void>
