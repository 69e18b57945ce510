// The layering rules of CONTRIBUTING.md, checked by `npm run deps` and in CI
// (dependency-cruiser). Type-only imports count: a type import is a
// dependency a reader follows too.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'No import cycles anywhere: every module can be read after the ones it imports.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'commands-independent',
      comment:
        'A command never imports another command: what two commands share lives in a core, src/input or src/lib.',
      severity: 'error',
      from: { path: '^src/commands/' },
      to: { path: '^src/commands/' },
    },
    {
      name: 'lib-no-features',
      comment:
        'src/lib holds cross-cutting helpers: it imports no feature module, the command line or the library entry.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: {
        path: '^src/(content|tco|score|scaffold|input|termijn|commands)/|^src/(cli|index)[.]ts$',
      },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/globals[.]d[.]ts$' },
  },
};
