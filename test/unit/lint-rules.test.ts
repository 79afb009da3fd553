// The linter's architecture rules (eslint.config.js) catch what they promise: an upward import
// between layers or an import cycle is an error. Each case lints a small text as if it stood at
// a real path of src/ (its imports resolve to the real files), so the rule and the resolver
// are both exercised; the clean case shows the rules are not simply failing everything.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule ids of the errors ESLint reports for `code` standing at `filePath`. */
async function ruleErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((message) => message.severity === 2).map((message) => message.ruleId ?? 'parse error');
}

describe('eslint architecture rules', () => {
  it.each([
    ['the generator importing the database layer', 'src/universe/generate.ts', "import { connect } from '../db/connect.js';\nexport const x = connect;\n"],
    ['the generator importing a sink format', 'src/universe/rows.ts', "import { FingerprintBuilder } from '../format/fingerprint.js';\nexport const x = FingerprintBuilder;\n"],
    ['the skeleton importing the detail stages', 'src/universe/skeleton/galaxy.ts', "import * as moons from '../detail/moons.js';\nexport const x = moons;\n"],
    ['the database layer importing the inspectors', 'src/db/read.ts', "import * as stats from '../inspect/stats.js';\nexport const x = stats;\n"],
    ['the package entry importing the CLI', 'src/index.ts', "import * as options from './cli/options.js';\nexport const x = options;\n"],
    ['a module below the CLI importing the CLI', 'src/format/meta.ts', "import * as output from '../cli/output.js';\nexport const x = output;\n"],
    ['the database layer importing the orchestration', 'src/db/replace.ts', "import * as load from '../app/load.js';\nexport const x = load;\n"],
    ['a sink importing the orchestration', 'src/format/meta.ts', "import * as load from '../app/load.js';\nexport const x = load;\n"],
    ['one backend adapter importing the other', 'src/db/postgres/connect.ts', "import { connectPglite } from '../pglite/connect.js';\nexport const x = connectPglite;\n"],
    ['the orchestration choosing a backend itself', 'src/app/target.ts', "import { connectPglite } from '../db/pglite/connect.js';\nexport const x = connectPglite;\n"],
    ['the CLI asking for a backend', 'src/cli/universe-source.ts', "import { holdsDatabase } from '../db/pglite/data-dir.js';\nexport const x = holdsDatabase;\n"],
  ])('rejects %s', async (_name, filePath, code) => {
    expect(await ruleErrors(filePath, code)).toContain('import-x/no-restricted-paths');
  });

  it('rejects an import cycle', async () => {
    // stream.ts imports hash.ts, so hash.ts importing stream.ts closes a cycle.
    expect(await ruleErrors('src/random/hash.ts', "import { stream } from './stream.js';\nexport const x = stream;\n")).toEqual(['import-x/no-cycle']);
  });

  it('accepts the CLI calling the orchestration, and db/connect.ts choosing a backend', async () => {
    expect(await ruleErrors('src/cli/commands/migrate.ts', "import { migrateTarget } from '../../app/migrate.js';\nexport const x = migrateTarget;\n")).toEqual([]);
    expect(await ruleErrors('src/db/connect.ts', "import { connectPglite } from './pglite/connect.js';\nexport const x = connectPglite;\n")).toEqual([]);
  });

  it('accepts downward imports', async () => {
    expect(await ruleErrors('src/inspect/stats.ts', "import { stream } from '../random/stream.js';\nimport * as rows from '../universe/rows.js';\nexport const x = [stream, rows];\n")).toEqual([]);
  });
});
