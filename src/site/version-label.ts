import type { SiteConfig } from '../load/read-site-config.ts';

/**
 * What the pages call the version a site is compared with (`--compare-to OLD`). OLD is a local
 * path or a git revision, and a local path is private: the pages never show it. The configured
 * label for OLD comes first; else a git revision as given (`git:v1.2` is "revision v1.2", its
 * folder inside the repository left out); else a neutral "the previous version".
 */
export function publicVersionLabel(given: string, config: Pick<SiteConfig, 'versionLabels'>): string {
  const configured = config.versionLabels[given];
  if (configured !== undefined) return configured;
  const git = /^git:([^:]+)/.exec(given);
  if (git) return `revision ${git[1]}`;
  return 'the previous version';
}
