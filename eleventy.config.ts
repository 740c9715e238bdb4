import { fileURLToPath } from 'node:url';
import type { UserConfig } from '@11ty/eleventy';
import { timelineSitePlugin } from './src/site/eleventy-plugin.ts';

// Paths come from this file's place, not the process's cwd.
const projectPath = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/**
 * For running Eleventy itself (`node --import tsx node_modules/@11ty/eleventy/cmd.cjs
 * --config=eleventy.config.ts`): the site of the content folder into _site/. `timeline build`
 * (src/site/build-site.ts) does not read this file; it gives the plugin its timeline directly.
 */
export default function (eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(timelineSitePlugin, {
    timeline: async () => (await import('./src/pipeline.ts')).buildTimeline(projectPath('./content')),
    config: async () => (await (await import('./src/load/read-site-config.ts')).readSiteConfig(projectPath('./content'))).config,
    downloads: true,
  });
  return {
    // Pages, layouts and data files are TypeScript templates only; the plugin registers the extension.
    templateFormats: ['11ty.ts'],
    dir: { input: projectPath('./_site-template/'), output: projectPath('./_site/') },
  };
}
