import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * Jest only transpiles, so the compile-time guarantees are checked here with the
 * TypeScript compiler itself: unknown keys and incomplete dictionaries must not compile.
 */
const i18nDir = __dirname;
const workspaceRoot = path.resolve(i18nDir, '../../../../../..');

function diagnosticsFor(source: string): string[] {
  const fileName = path.join(i18nDir, '__typing_check__.ts');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    baseUrl: workspaceRoot,
    paths: { '@inspraak/shared': ['libs/shared/src/index.ts'] },
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (f) => f === fileName || fileExists(f);
  host.readFile = (f) => (f === fileName ? source : readFile(f));
  host.getSourceFile = (f, lang, onError, create) =>
    f === fileName
      ? ts.createSourceFile(f, source, lang)
      : getSourceFile(f, lang, onError, create);
  const program = ts.createProgram([fileName], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === fileName)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('dictionary typing', () => {
  it('accepts existing keys', () => {
    expect(
      diagnosticsFor(`
        import type { TranslationKey } from './dictionary';
        const keys: TranslationKey[] = ['common.save', 'directory.import.help.email', 'roles.OR_LID'];
        export default keys;
      `),
    ).toEqual([]);
  });

  it('rejects a key that does not exist', () => {
    const errors = diagnosticsFor(`
      import type { TranslationKey } from './dictionary';
      const key: TranslationKey = 'common.saev';
      export default key;
    `);
    expect(errors.join('\n')).toContain('"common.saev"');
  });

  it('rejects a dictionary with a missing text', () => {
    const errors = diagnosticsFor(`
      import type { Dictionary } from './dictionary';
      import { en } from './dictionaries/en';
      const { save: _dropped, ...common } = en.common;
      const incomplete: Dictionary = { ...en, common };
      export default incomplete;
    `);
    expect(errors.join('\n')).toMatch(/save/);
  });
});
