/**
 * A deliberately small Markdown subset for agreement texts: headings, paragraphs,
 * bullet and numbered lists, **bold** and *italic*. The result is data, rendered
 * by a template as text nodes, so no input ever becomes HTML.
 */
export interface MarkdownSpan {
  text: string;
  strong: boolean;
  em: boolean;
}

export type MarkdownBlock =
  | { kind: 'heading'; level: number; spans: MarkdownSpan[] }
  | { kind: 'paragraph'; spans: MarkdownSpan[] }
  | { kind: 'list'; ordered: boolean; items: MarkdownSpan[][] };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

export function parseMarkdown(source: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length)
      blocks.push({
        kind: 'paragraph',
        spans: parseInline(paragraph.join(' ')),
      });
    paragraph = [];
  };
  const flushList = () => {
    if (list)
      blocks.push({
        kind: 'list',
        ordered: list.ordered,
        items: list.items.map(parseInline),
      });
    list = null;
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      flushParagraph();
      flushList();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      blocks.push({
        kind: 'heading',
        level: heading[1].length,
        spans: parseInline(heading[2]),
      });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      flushParagraph();
      const ordered = !!numbered;
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push(item[1]);
      continue;
    }
    if (list && /^\s+/.test(raw)) {
      // An indented line continues the last list item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    flushList();
    paragraph.push(line.trim());
  }
  flushParagraph();
  flushList();
  return blocks;
}

/** `**bold**`, `__bold__`, `*italic*`, `_italic_`; anything unmatched stays literal. */
export function parseInline(text: string): MarkdownSpan[] {
  const spans: MarkdownSpan[] = [];
  const pattern = /(\*\*|__)(.+?)\1|(\*|_)(?!\s)(.+?)(?<!\s)\3/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) push(spans, text.slice(last, index), false, false);
    if (match[2] !== undefined) {
      for (const inner of parseInline(match[2]))
        push(spans, inner.text, true, inner.em);
    } else {
      push(spans, match[4], false, true);
    }
    last = index + match[0].length;
  }
  if (last < text.length) push(spans, text.slice(last), false, false);
  return spans;
}

function push(
  spans: MarkdownSpan[],
  text: string,
  strong: boolean,
  em: boolean,
): void {
  const previous = spans[spans.length - 1];
  if (previous && previous.strong === strong && previous.em === em)
    previous.text += text;
  else spans.push({ text, strong, em });
}
