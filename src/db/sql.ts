// SQL text helpers. Values always travel as parameters ($1 …) or COPY text; only identifiers
// (table, column, constraint names from our own schema or the catalog) are written into SQL, quoted.

/** A double-quoted SQL identifier ("name", with inner quotes doubled). */
export function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

/** COPY's statement for `table (columns)`, read from the client (PGlite rewrites the source), in text or binary format. */
export function copyStatement(table: string, columns: readonly string[], format: 'text' | 'binary' = 'text'): string {
  return `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN${format === 'binary' ? ' WITH (FORMAT binary)' : ''}`;
}
