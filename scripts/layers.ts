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

/** A rule: no module whose path matches `from` may import one whose path matches `to`. */
function forbid(name: string, comment: string, from: string, to: string | string[]): IForbiddenRuleType {
  return { name, comment, severity: 'error', from: { path: from }, to: { path: to } };
}

export const layerRules: IForbiddenRuleType[] = [
  {
    name: 'no-cycles',
    comment: 'A module never imports itself back through others: each layer, and each file in it, points one way.',
    severity: 'error',
    from: {},
    to: { circular: true },
  },
  forbid('text-pure', 'src/text is the pure text code both the pipeline and the verifier use: it imports no other layer.', '^src/text/', [
    nodeBuiltinsWithEffects,
    '^src/(?!text/)',
  ]),
  forbid(
    'values-plain',
    "The site's constants and address rules import nothing of the site but one another.",
    values,
    '^src/(?!(site|routes|contract)\\.ts$)',
  ),
  forbid(
    'schema-below-collections',
    'The schema reads a frontmatter with the text code alone; everything else reads entries through it.',
    '^src/schema/',
    '^src/(collections|markdown|import|verifier|integration|pages|layouts|components|routes|view)/',
  ),
  forbid(
    'collections-below-the-pipeline',
    'Loading and querying entries needs no renderer, verifier or page (originals are read with the importer).',
    '^src/collections/',
    '^src/(markdown|verifier|integration|pages|layouts|components|routes|view)/',
  ),
  forbid(
    'markdown-below-the-verifier',
    'The Markdown pipeline owns what a render hands out; the verifier reads it, never the other way.',
    '^src/markdown/',
    '^src/(collections|import|verifier|integration|pages|layouts|components|routes|view)/',
  ),
  forbid(
    'check-not-run',
    "The verifier's checks are pure: they never reach for files, threads, caches or the CLI in run/.",
    '^src/verifier/check/',
    '^src/verifier/run/',
  ),
  forbid('check-pure', 'check/ reads text and HTML it is given: no Markdown parser, no file system, no threads.', '^src/verifier/check/', [
    nodeBuiltinsWithEffects,
    '^src/(markdown|collections|schema|import|env\\.ts|workers\\.ts)',
    '(^|/)node_modules/(unified|remark-[^/]+|rehype-[^/]+|@astrojs/markdown-remark)/',
  ]),
  forbid(
    'importer-beside-the-pipeline',
    'The importer makes entries from originals with the schema and the text code; the verifier may use it to read originals, nothing else does, and it never checks pages itself.',
    '^src/import/',
    '^src/(collections|markdown|verifier|integration|pages|layouts|components|routes|view)/',
  ),
  forbid(
    'nothing-below-imports-the-importer',
    'Only the verifier and the collections (to read originals again, every version of a report) use the importer.',
    '^src/(text|schema|markdown|integration|pages|layouts|components|routes|view)/',
    '^src/import/',
  ),
  forbid(
    'pages-on-top',
    'Only the Astro layer and the integrations compose the others; nothing beneath them imports a page or an integration.',
    '^src/(text|schema|collections|markdown|verifier|import)/|^src/(site|routes|contract|env|workers|cli)\\.ts$',
    `${astroLayer}|^src/integration/`,
  ),
  forbid('integrations-on-top', 'The integrations assemble the site; only they import one another.', astroLayer, '^src/integration/'),
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
    const result = await cruise(
      ['src'],
      {
        ruleSet: { forbidden: layerRules },
        tsPreCompilationDeps: true,
        doNotFollow: { path: 'node_modules' },
        exclude: { path: '\\.astro$' },
        validate: true,
      },
      { extensions: ['.ts', '.mjs', '.js', '.d.ts'] },
    );
    if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text instead of its report');
    return result.output.summary.violations.map(({ rule, from, to }) => ({ rule: rule.name, from, to }));
  } finally {
    process.chdir(previous);
  }
}

if (import.meta.main) {
  const violations = await layerViolations(process.cwd());
  for (const { rule, from, to } of violations) console.log(`${rule}: ${from} → ${to}`);
  console.log(
    violations.length === 0 ? 'layers: every import points the right way' : `layers: ${violations.length} import(s) point the wrong way`,
  );
  process.exitCode = violations.length === 0 ? 0 : 1;
}
