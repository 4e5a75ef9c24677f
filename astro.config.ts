import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { deployFromEnv } from './src/lib/deploy.ts';
import {
  rehypeAfterSanitize,
  rehypeBeforeSanitize,
  rehypeSanitizeStep,
  remarkRehypeOptions,
  smartypantsOptions,
} from './src/markdown/pipeline.ts';

const { site, base } = deployFromEnv(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      gfm: true,
      smartypants: smartypantsOptions,
      remarkRehype: remarkRehypeOptions,
      rehypePlugins: [...rehypeBeforeSanitize, rehypeSanitizeStep, ...rehypeAfterSanitize(site)],
    }),
  },
});
