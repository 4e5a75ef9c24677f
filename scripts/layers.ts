/**
 * The layers of src/ and the one direction their imports may point, checked by
 * dependency-cruiser. From the bottom: the pure text code (`text/`) and the site's plain values
 * (`site.ts`, `routes.ts`, `contract.ts`); the schema; the collections; the Markdown pipeline;
 * the Astro layer (`pages/`, `layouts/`, `components/`, `routes/`, with `view/`); the verifier,
 * whose pure `check/` sits beneath its `run/`; the integrations on top. The importer stands beside
 * the pipeline, beneath the verifier. No module may import itself back through others (no cycles).
 * `npm run check:layers` prints any import that breaks a rule (exit 1); tests/unit/layers.test.ts
 * runs the same check and plants one breach of each rule to prove it is caught.
 */
import { cruise, type IForbiddenRuleType } from 'dependency-cruiser';

const nodeBuiltinsWithEffects = '^(node:)?(fs|fs/promises|worker_threads|child_process|os|net|http|https)$';

/** The site's plain values: constants and address rules, importing only one another. */
const values = '^src/(site|routes|contract)\\.ts$';

/** The Astro layer: the pages and what only pages use. */
const astroLayer = '^src/(pages|layouts|components|routes|view)/';

export const layerRules: IForbiddenRuleType[] = [
  {
    name: 'no-cycles',
    comment: 'A module never imports itself back through others: each layer, and each file in it, points one way.',
    severity: 'error',
    from: {},
    to: { circular: true },
  },
  {
    name: 'text-pure',
    comment: 'src/text is the pure text code both the pipeline and the verifier use: it imports no other layer.',
    severity: 'error',
    from: { path: '^src/text/' },
    to: { path: [nodeBuiltinsWithEffects, '^src/(?!text/)'] },
  },
  {
    name: 'values-plain',
    comment: 'The site\'s constants and address rules import nothing of the site but one another.',
    severity: 'error',
    from: { path: values },
    to: { path: '^src/(?!(site|routes|contract)\\.ts$)' },
  },
  {
    name: 'schema-below-collections',
    comment: 'The schema reads a frontmatter with the text code alone; everything else reads entries through it.',
    severity: 'error',
    from: { path: '^src/schema/' },
    to: { path: '^src/(collections|markdown|import|verifier|integration|pages|layouts|components|routes|view)/' },
  },
  {
    name: 'collections-below-the-pipeline',
    comment: 'Loading and querying entries needs no renderer, verifier, importer or page.',
    severity: 'error',
    from: { path: '^src/collections/' },
    to: { path: '^src/(markdown|import|verifier|integration|pages|layouts|components|routes|view)/' },
  },
  {
    name: 'markdown-below-the-verifier',
    comment: 'The Markdown pipeline owns what a render hands out; the verifier reads it, never the other way.',
    severity: 'error',
    from: { path: '^src/markdown/' },
    to: { path: '^src/(collections|import|verifier|integration|pages|layouts|components|routes|view)/' },
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
    to: { path: [nodeBuiltinsWithEffects, '^src/(markdown|collections|schema|import|env\\.ts|workers\\.ts)', '(^|/)node_modules/(unified|remark-[^/]+|rehype-[^/]+|@astrojs/markdown-remark)/'] },
  },
  {
    name: 'importer-beside-the-pipeline',
    comment: 'The importer makes entries from originals with the schema and the text code; the verifier may use it to read originals, nothing else does, and it never checks pages itself.',
    severity: 'error',
    from: { path: '^src/import/' },
    to: { path: '^src/(collections|markdown|verifier|integration|pages|layouts|components|routes|view)/' },
  },
  {
    name: 'nothing-below-imports-the-importer',
    comment: 'Only the verifier (to read originals again) uses the importer.',
    severity: 'error',
    from: { path: '^src/(text|schema|collections|markdown|integration|pages|layouts|components|routes|view)/' },
    to: { path: '^src/import/' },
  },
  {
    name: 'pages-on-top',
    comment: 'Only the Astro layer and the integrations compose the others; nothing beneath them imports a page or an integration.',
    severity: 'error',
    from: { path: '^src/(text|schema|collections|markdown|verifier|import)/|^src/(site|routes|contract|env|workers|cli)\\.ts$' },
    to: { path: `${astroLayer}|^src/integration/` },
  },
  {
    name: 'integrations-on-top',
    comment: 'The integrations assemble the site; only they import one another.',
    severity: 'error',
    from: { path: astroLayer },
    to: { path: '^src/integration/' },
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
