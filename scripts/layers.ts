/**
 * The layers of src/ and the one direction their imports may point, checked by
 * dependency-cruiser: content → schema → Markdown pipeline → pages → verifier, with pure text code
 * (`src/text`) beneath them all, the importer (`src/import`) beside the pipeline, and the
 * verifier's pure `check/` beneath its `run/`.
 * `node scripts/layers.ts` prints any import that points the wrong way (exit 1);
 * tests/unit/layers.test.ts runs the same check.
 */
import { cruise, type IForbiddenRuleType } from 'dependency-cruiser';

const nodeBuiltinsWithEffects = '^(node:)?(fs|fs/promises|worker_threads|child_process|os|net|http|https)$';

export const layerRules: IForbiddenRuleType[] = [
  {
    name: 'markdown-not-verifier',
    comment: 'The Markdown pipeline owns what a render hands out; the verifier reads it, never the other way.',
    severity: 'error',
    from: { path: '^src/markdown/' },
    to: { path: '^src/verifier/' },
  },
  {
    name: 'check-not-run',
    comment: "The verifier's checks are pure: they never reach for files, threads, caches or the CLI in run/.",
    severity: 'error',
    from: { path: '^src/verifier/check/' },
    to: { path: '^src/verifier/run/' },
  },
  {
    name: 'check-pure',
    comment: 'check/ reads text and HTML it is given: no Markdown parser, no file system, no threads.',
    severity: 'error',
    from: { path: '^src/verifier/check/' },
    to: { path: [nodeBuiltinsWithEffects, '^src/(markdown|lib|schema)/', '(^|/)node_modules/(unified|remark-[^/]+|rehype-[^/]+|@astrojs/markdown-remark)/'] },
  },
  {
    name: 'text-pure',
    comment: 'src/text is the pure text code both the pipeline and the verifier use: it imports no other layer.',
    severity: 'error',
    from: { path: '^src/text/' },
    to: { path: [nodeBuiltinsWithEffects, '^src/(?!text/)'] },
  },
  {
    name: 'below-the-pages',
    comment: 'Only the Astro layer (pages, layouts, components) and the site integration compose the others.',
    severity: 'error',
    from: { path: '^src/(text|schema|markdown|lib|verifier|import)/' },
    to: { path: '^src/(pages|layouts|components|browse)/|^src/integration\\.ts$' },
  },
  {
    name: 'importer-above-the-pipeline',
    comment: 'The importer makes content from originals with the schema, the text code and the helpers; nothing beneath it knows it.',
    severity: 'error',
    from: { path: '^src/(text|schema|lib|markdown)/' },
    to: { path: '^src/import/' },
  },
  {
    name: 'importer-below-the-verifier',
    comment: 'The verifier may read originals with the importer, never the other way.',
    severity: 'error',
    from: { path: '^src/import/' },
    to: { path: '^src/verifier/' },
  },
  {
    name: 'schema-and-lib-below-the-pipeline',
    comment: 'The schema and the shared helpers sit beneath the Markdown pipeline and the verifier.',
    severity: 'error',
    from: { path: '^src/(schema|lib)/' },
    to: { path: '^src/(markdown|verifier)/' },
  },
];

export interface LayerViolation {
  rule: string;
  from: string;
  to: string;
}

/** Every import under `root`'s src/ that breaks a layer rule. */
export async function layerViolations(root: string): Promise<LayerViolation[]> {
  const previous = process.cwd();
  // dependency-cruiser names modules relative to the working folder, which the rules match.
  process.chdir(root);
  try {
    const result = await cruise(['src'], {
      ruleSet: { forbidden: layerRules },
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '\\.astro$' },
      validate: true,
    }, { extensions: ['.ts', '.mjs', '.js', '.d.ts'] });
    if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text instead of its report');
    return result.output.summary.violations.map(({ rule, from, to }) => ({ rule: rule.name, from, to }));
  } finally {
    process.chdir(previous);
  }
}

if (import.meta.main) {
  const violations = await layerViolations(process.cwd());
  for (const { rule, from, to } of violations) console.log(`${rule}: ${from} → ${to}`);
  console.log(violations.length === 0 ? 'layers: every import points the right way' : `layers: ${violations.length} import(s) point the wrong way`);
  process.exitCode = violations.length === 0 ? 0 : 1;
}
