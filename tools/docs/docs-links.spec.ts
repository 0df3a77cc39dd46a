import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';

/**
 * The README and docs/ are read by newcomers: every relative link must lead somewhere, and the
 * text is reference, not a history of issues. Screenshots under docs/images are made by a browser
 * test, so they are not required to exist here.
 */
const root = resolve(__dirname, '../..');
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const text = (page: string) => readFileSync(join(root, page), 'utf8');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '');
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading] of withoutCode.matchAll(/^#+ (.*)$/gm)) {
    const slug = heading
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}_\- ]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

describe('README and docs', () => {
  it.each(pages)('%s links only to pages and headings that exist', (page) => {
    const broken: string[] = [];
    for (const [, target] of text(page).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?|mailto):/.test(target)) continue;
      const [path, anchor] = target.split('#');
      const file = path ? normalize(join(dirname(page), path)) : page;
      if (file.startsWith(join('docs', 'images'))) continue;
      if (!existsSync(join(root, file))) broken.push(target);
      else if (
        anchor &&
        file.endsWith('.md') &&
        !anchorsOf(text(file)).has(anchor)
      )
        broken.push(target);
    }
    expect(broken).toEqual([]);
  });

  it.each(pages)('%s refers to no issue numbers', (page) => {
    expect(text(page).match(/issue \d+/gi)).toBeNull();
  });
});
