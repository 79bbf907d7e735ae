import type { Nodes, PhrasingContent, Root } from 'mdast';

/**
 * The words a reader sees on a page, block by block, with a way back to the
 * line and column of each character in the file. The style lint and the
 * reading age both read the page through this, so they agree on what counts
 * as text: paragraphs, list items, headings, table cells, text inside
 * components and the text props of components (heading, summary, term).
 * Not text: frontmatter, code, link addresses, image alt text, {expressions}
 * and import/export lines.
 */
export type ProseBlock = {
  /** Where the text comes from: a block of Markdown, or a component's text prop. */
  kind: 'paragraph' | 'heading' | 'cell' | 'attribute';
  /** For `attribute`: the component and prop, e.g. `WarningCallout` and `heading`. */
  component?: string;
  attribute?: string;
  text: string;
  /** Parts of `text` inside a link or a GlossaryTerm. */
  spans: ProseSpan[];
  /** Line and column in the file of the character at `index` in `text`. */
  positionAt: (index: number) => { line: number; column: number };
};

export type ProseSpan = {
  start: number;
  end: number;
  /** The address of the link this text is in. */
  url?: string;
  /** True inside <GlossaryTerm>. */
  glossary?: boolean;
};

/** The props of author components whose value is shown to the reader as text. */
export const TEXT_PROPS: ReadonlySet<string> = new Set(['heading', 'summary', 'term']);

type Point = { line: number; column: number };
type Segment = { at: number; text: string; start: Point; indent: number };

/** Blocks in document order. */
export function proseBlocks(tree: Root): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  walkFlow(tree, blocks);
  return blocks;
}

function walkFlow(node: Nodes, blocks: ProseBlock[]): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'tableCell':
      blocks.push(...phrasingBlocks(node, node.type === 'tableCell' ? 'cell' : node.type));
      return;
    // Not prose: frontmatter, code, raw HTML, JS, link definitions.
    case 'yaml':
    case 'code':
    case 'html':
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'definition':
      return;
    case 'mdxJsxFlowElement':
      blocks.push(...attributeBlocks(node));
      break;
    default:
      break;
  }
  if ('children' in node) {
    for (const child of node.children) walkFlow(child, blocks);
  }
}

function attributeBlocks(node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !TEXT_PROPS.has(attribute.name)) continue;
    if (typeof attribute.value !== 'string') continue;
    const start = attribute.position?.start ?? node.position?.start ?? { line: 1, column: 1 };
    // The value starts after `name="`; JSX strings keep their characters as written.
    const segment: Segment = {
      at: 0,
      text: attribute.value,
      start: { line: start.line, column: start.column + attribute.name.length + 2 },
      indent: 1,
    };
    blocks.push({
      kind: 'attribute',
      component: node.name ?? undefined,
      attribute: attribute.name,
      text: attribute.value,
      spans: node.name === 'GlossaryTerm' ? [{ start: 0, end: attribute.value.length, glossary: true }] : [],
      positionAt: positionIn([segment], start),
    });
  }
  return blocks;
}

/**
 * One block for a paragraph, heading or cell, plus one for each text prop of
 * a component used inside it (those come after, so blocks stay readable).
 */
function phrasingBlocks(node: Extract<Nodes, { children: PhrasingContent[] }>, kind: ProseBlock['kind']): ProseBlock[] {
  const blockStart = node.position?.start ?? { line: 1, column: 1 };
  // Continuation lines of a paragraph start where the paragraph starts (inside a
  // list item or a component the indent is not part of the text).
  const indent = blockStart.column;
  const segments: Segment[] = [];
  const spans: ProseSpan[] = [];
  const extra: ProseBlock[] = [];
  let text = '';

  function append(value: string, start: Point | undefined) {
    segments.push({ at: text.length, text: value, start: start ?? blockStart, indent });
    text += value;
  }

  function walk(children: PhrasingContent[]) {
    for (const child of children) {
      switch (child.type) {
        case 'text':
          append(child.value, child.position?.start);
          break;
        case 'break':
          append('\n', child.position?.start);
          break;
        // Code, images and {expressions} are not read as prose; a space keeps
        // the words either side of them apart.
        case 'inlineCode':
        case 'image':
        case 'imageReference':
        case 'mdxTextExpression':
        case 'footnoteReference':
        case 'html':
          append(' ', child.position?.start);
          break;
        case 'link': {
          const start = text.length;
          walk(child.children);
          spans.push({ start, end: text.length, url: child.url });
          break;
        }
        case 'mdxJsxTextElement': {
          extra.push(...attributeBlocks(child));
          const start = text.length;
          walk(child.children);
          if (child.name === 'GlossaryTerm') spans.push({ start, end: text.length, glossary: true });
          break;
        }
        default:
          if ('children' in child) walk(child.children);
          break;
      }
    }
  }

  walk(node.children);
  const block: ProseBlock = { kind, text, spans, positionAt: positionIn(segments, blockStart) };
  return [block, ...extra];
}

/**
 * Columns are exact on the first line of each text node. On later lines of
 * the same node they are counted from the block's own column, which is right
 * for ordinary paragraphs, list items and component bodies; an escaped
 * character (\* or &amp;) shifts the column by its extra characters.
 */
function positionIn(segments: Segment[], fallback: Point): (index: number) => Point {
  return (index) => {
    let segment: Segment | undefined;
    for (const candidate of segments) {
      if (candidate.at > index) break;
      segment = candidate;
    }
    if (!segment) return { line: fallback.line, column: fallback.column };
    const offset = Math.min(index - segment.at, segment.text.length);
    const before = segment.text.slice(0, offset);
    const newlines = before.split('\n').length - 1;
    if (newlines === 0) return { line: segment.start.line, column: segment.start.column + offset };
    return {
      line: segment.start.line + newlines,
      column: segment.indent + (offset - before.lastIndexOf('\n') - 1),
    };
  };
}
