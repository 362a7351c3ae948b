// The deploy options live in ./options/ (schema, readers, validation); this file keeps the old import path.
export * from './options/index.js'
