// Rows → PostgreSQL COPY text format (the format COPY … FROM STDIN reads by default): one line
// per row, columns separated by tabs, NULL as \N, and backslash, newline, carriage return and tab
// inside strings escaped, so any name (quotes, backslashes, tabs, newlines, non-ASCII) arrives byte
// for byte. The same lines feed the fingerprint, so it describes exactly what the database holds.

const NEEDS_ESCAPE = /[\\\n\r\t]/;

function escapeText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

export function copyValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return escapeText(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`cannot store the non-finite number ${value}`);
      return String(value);
    case 'boolean':
      return value ? 't' : 'f';
    case 'bigint':
      return value.toString();
    default:
      if (value === null || value === undefined) return '\\N';
      throw new Error(`cannot store a value of type ${typeof value} in COPY text`);
  }
}

/** One COPY text line (with its newline) of `row`, columns in the given order. */
export function copyLine(row: object, columns: readonly string[]): string {
  const values = row as Record<string, unknown>;
  let line = copyValue(values[columns[0]]);
  for (let index = 1; index < columns.length; index++) line += '\t' + copyValue(values[columns[index]]);
  return line + '\n';
}
