/**
 * The layers' boundaries, checked by `npm run lint` (dependency-cruiser). Type-only
 * imports count (tsPreCompilationDeps), so a cycle through types is a cycle.
 */
module.exports = {
  forbidden: [
    {
      name: 'electron-only-in-main',
      comment:
        'Only the Electron entry, electron/main/ and the preload import Electron; everything else runs in plain Node (the CLI, the tests, the workers).',
      severity: 'error',
      from: { pathNot: '^electron/(main\\.ts|main/|preload\\.ts)' },
      to: { path: '^node_modules/electron/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'electron-types-only-for-the-desktop',
      comment:
        "electron/desktop/ builds Electron's shapes (the menu template) in plain, tested logic: it may name Electron's types, nothing more.",
      severity: 'error',
      from: { pathNot: '^electron/(main\\.ts|main/|preload\\.ts|desktop/)' },
      to: { path: '^node_modules/electron/' },
    },
    {
      name: 'renderer-takes-types-from-the-contract',
      comment:
        'The window imports from electron/ only types, only through electron/api/contract.ts, which re-exports the model types it needs.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^electron/', pathNot: '^electron/api/contract\\.ts$' },
    },
    {
      name: 'renderer-contract-is-types-only',
      comment: 'Run-time values the window shares with main live in common/.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^electron/api/contract\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'contract-stands-on-the-model',
      comment:
        'The contract names data, not machinery: it takes its types from electron/model/ and common/ only, so the window never depends on how main does a thing.',
      severity: 'error',
      from: { path: '^electron/api/contract\\.ts$' },
      to: { path: '^electron/', pathNot: '^electron/model/' },
    },
    {
      name: 'no-node-outside-main',
      comment: 'The window is sandboxed, and common/ runs there too: no Node modules.',
      severity: 'error',
      from: { path: '^(renderer|common)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'common-is-pure',
      comment:
        'common/ is plain TypeScript both processes run: nothing from electron/ or renderer/, no Electron.',
      severity: 'error',
      from: { path: '^common/' },
      to: { path: '^(electron|renderer)/|^node_modules/electron/' },
    },
    {
      name: 'main-not-into-renderer',
      comment: 'The main side never reaches into the window.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'no-circular',
      comment: 'No cycles, type-only ones included: each layer stands on those below it.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: '^node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
