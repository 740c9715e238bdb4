import { describe, expect, it } from 'vitest';
import { publicVersionLabel } from '../../src/site/version-label.ts';

describe('publicVersionLabel', () => {
  it.each([
    ['/tmp/old-corpus', {}, 'the previous version'],
    ['../content-2019', {}, 'the previous version'],
    ['old/timeline.json', {}, 'the previous version'],
    ['C:\\Users\\me\\old', {}, 'the previous version'],
    ['git:HEAD~1', {}, 'revision HEAD~1'],
    ['git:v1.2:/home/me/corpus', {}, 'revision v1.2'],
    ['/tmp/old-corpus', { '/tmp/old-corpus': 'the edition of 1 May' }, 'the edition of 1 May'],
    ['git:HEAD~1', { 'git:HEAD~1': 'yesterday\'s edition' }, "yesterday's edition"],
  ])('%s with labels %j is shown as %j', (given, versionLabels, label) => {
    expect(publicVersionLabel(given, { versionLabels })).toBe(label);
  });
});
