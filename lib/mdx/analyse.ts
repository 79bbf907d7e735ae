import GithubSlugger from 'github-slugger';
import type { Heading as MdastHeading, Root, RootContent } from 'mdast';
// Adds hProperties to mdast's node data: the id a heading gets in HTML.
import type {} from 'mdast-util-to-hast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Problem } from '../problems/content-error';
import { allowedComponents, isAllowedComponent } from './allowed-components';
import { tryParseMdx } from '../checks/parse-mdx';

export type Heading = { depth: number; text: string; id: string; line: number };
export type Link = { url: string; line: number; column: number };
export type Section = { id: string; heading: string; text: string };
export type GlossaryEntry = { id: string; term: string; text: string };

export type MdxAnalysis = {
  problems: Problem[];
  /** Every heading with the id it is given on the page. */
  headings: Heading[];
  /** Every link an editor wrote: markdown links and link props of components. */
  links: Link[];
  /** Every #anchor the page offers: heading ids and GlossaryTerm ids. */
  anchors: string[];
  /** Plain text of the body, for search and reading age. */
  text: string;
  /** The ids of the videos the page shows with <Video id="…" />. */
  videoIds: string[];
  /** Terms defined with <GlossaryTerm>, for search and the A to Z. */
  terms: GlossaryEntry[];
  /** Text before the first `##` heading: the page's introduction, for search. */
  intro: string;
  /** Text under each `##` heading, for search. */
  sections: Section[];
  tree: Root;
};

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const unsafeScheme = /^\s*(javascript|data|vbscript):/i;

/**
 * Heading ids: the same text always gives the same id, so a clinician's link
 * to a section keeps working as long as the heading's words stay the same.
 */
export function assignHeadingIds(tree: Root): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  visit(tree, 'heading', (node: MdastHeading) => {
    const text = toString(node).trim();
    const id = slugger.slug(text);
    node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
    headings.push({ depth: node.depth, text, id, line: node.position?.start.line ?? 0 });
  });
  return headings;
}

/**
 * Reads a page's MDX without compiling it: the allow-list (MDX is code, and
 * only this repository's own components may run), headings, links, anchors
 * and text. Used by content:check and by the build, so both say the same.
 */
export function analyseMdx(source: string, file: string): MdxAnalysis {
  const parsed = tryParseMdx(source, file);
  if (!parsed.tree) {
    return { problems: parsed.problems, headings: [], links: [], anchors: [], text: '', intro: '', videoIds: [], terms: [], sections: [], tree: { type: 'root', children: [] } };
  }
  const tree = parsed.tree;

  const problems: Problem[] = [];
  const links: Link[] = [];
  const anchors: string[] = [];
  const videoIds: string[] = [];
  const at = (node: { position?: { start: { line: number; column: number } } }) => ({
    file,
    line: node.position?.start.line,
    column: node.position?.start.column,
  });

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          ...at(node),
          message: '"import" and "export" are not allowed in content.',
          fix: 'Remove the line. Components you can use are listed in docs/components.md and need no import.',
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!/^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(node.value)) {
          problems.push({
            ...at(node),
            message: `Curly brackets run code, which content must not do: {${node.value.trim().slice(0, 40)}}.`,
            fix: 'Write the text without { and }. For a note to other editors, write {/* your note */}.',
          });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, problems, links, anchors, at);
        if (node.name === 'Video' && typeof jsxProp(node, 'id') === 'string') videoIds.push(jsxProp(node, 'id') as string);
        break;
      case 'link':
      case 'image':
      case 'definition':
        links.push({ url: node.url, ...positionOf(node) });
        if (unsafeScheme.test(node.url)) {
          problems.push({
            ...at(node),
            message: `Links starting with "${node.url.split(':')[0]}:" are not allowed: ${node.url.slice(0, 40)}`,
            fix: 'Link to a page on this site ("/find-support") or to a web address starting with https://.',
          });
        }
        break;
      default:
        break;
    }
  });

  const headings = assignHeadingIds(tree);
  anchors.push(...headings.map((heading) => heading.id));

  return {
    problems,
    headings,
    links,
    anchors,
    text: textOf(tree.children),
    intro: textOf(introNodes(tree)),
    videoIds,
    terms: glossaryEntries(tree),
    sections: sectionsOf(tree, headings),
    tree,
  };
}

function positionOf(node: { position?: { start: { line: number; column: number } } }) {
  return { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
}

function checkElement(
  node: JsxElement,
  problems: Problem[],
  links: Link[],
  anchors: string[],
  at: (node: JsxElement) => Pick<Problem, 'file' | 'line' | 'column'>,
) {
  const name = node.name;
  const known = Object.keys(allowedComponents).join(', ');
  if (!name) {
    problems.push({ ...at(node), message: 'Empty tags <> </> are not allowed.', fix: 'Remove them; write the text on its own.' });
    return;
  }
  if (!isAllowedComponent(name)) {
    const lower = name.toLowerCase();
    const why =
      lower === 'script' || lower === 'style' || lower === 'iframe'
        ? `<${name}> could run code or load another site into the page, so content may not use it.`
        : `<${name}> is not one of the components content may use.`;
    problems.push({
      ...at(node),
      message: why,
      expected: `one of: ${known}`,
      found: `<${name}>`,
      fix:
        lower === 'iframe'
          ? 'To show a video, add it to content/videos/ and write <Video id="…" /> (see docs/video.md).'
          : 'Use Markdown for text, links and lists, or one of the components listed in docs/components.md.',
    });
    return;
  }

  const rule = allowedComponents[name] as {
    required?: readonly string[];
    optional?: readonly string[];
    values?: Readonly<Record<string, readonly string[]>>;
    links?: readonly string[];
    children: 'markdown' | 'none';
  };
  const allowedProps = new Set([...(rule.required ?? []), ...(rule.optional ?? [])]);
  const given = new Map<string, string>();

  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({
        ...at(node),
        message: `<${name}> has {…} in its props, which runs code.`,
        fix: 'Write each prop as name="value".',
      });
      continue;
    }
    const prop = attribute as MdxJsxAttribute;
    if (/^on/i.test(prop.name) || prop.name === 'style' || prop.name === 'dangerouslySetInnerHTML') {
      problems.push({
        ...at(node),
        message: `The prop "${prop.name}" on <${name}> is not allowed: it could run code or change the page's design.`,
        fix: `Remove ${prop.name}. The design comes from the component itself.`,
      });
      continue;
    }
    if (!allowedProps.has(prop.name)) {
      problems.push({
        ...at(node),
        message: `<${name}> has no prop called "${prop.name}".`,
        expected: allowedProps.size ? [...allowedProps].join(', ') : 'no props',
        found: prop.name,
        fix: 'Check the spelling against docs/components.md, or remove it.',
      });
      continue;
    }
    if (typeof prop.value !== 'string') {
      problems.push({
        ...at(node),
        message: `The prop "${prop.name}" on <${name}> must be text in quotes.`,
        found: prop.value === null || prop.value === undefined ? 'no value' : `{${prop.value.value}}`,
        fix: `Write it as ${prop.name}="…".`,
      });
      continue;
    }
    given.set(prop.name, prop.value);
  }

  const written = new Set(
    node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [attribute.name] : [])),
  );
  for (const required of rule.required ?? []) {
    // A prop written wrongly (href={x}) has already been reported.
    if (!written.has(required)) {
      problems.push({
        ...at(node),
        message: `<${name}> needs a "${required}" prop.`,
        fix: `Add ${required}="…" inside the opening tag.`,
      });
    }
  }
  for (const [prop, values] of Object.entries(rule.values ?? {})) {
    const value = given.get(prop);
    if (value !== undefined && !values.includes(value)) {
      problems.push({
        ...at(node),
        message: `<${name}> ${prop}="${value}" is not one of the choices.`,
        expected: values.join(', '),
        found: value,
        fix: `Use one of: ${values.join(', ')}.`,
      });
    }
  }
  for (const prop of rule.links ?? []) {
    const url = given.get(prop);
    if (url === undefined) continue;
    links.push({ url, ...positionOf(node) });
    if (unsafeScheme.test(url)) {
      problems.push({
        ...at(node),
        message: `Links starting with "${url.split(':')[0]}:" are not allowed.`,
        fix: 'Link to a page on this site ("/find-support") or to a web address starting with https://.',
      });
    }
  }
  if (rule.children === 'none' && node.children.length > 0) {
    problems.push({
      ...at(node),
      message: `<${name}> takes no text inside it.`,
      fix: `Write it as <${name} … /> on its own.`,
    });
  }
  if (name === 'GlossaryTerm' && given.has('id')) anchors.push(given.get('id')!);
}

/** Text of nodes, including the text props (heading, summary, term) of components. */
function textOf(nodes: RootContent[]): string {
  const parts: string[] = [];
  for (const node of nodes) {
    if (node.type === 'yaml' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') continue;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (
          attribute.type === 'mdxJsxAttribute' &&
          ['heading', 'summary', 'term'].includes(attribute.name) &&
          typeof attribute.value === 'string'
        ) {
          parts.push(attribute.value);
        }
      }
      parts.push(textOf(node.children as RootContent[]));
      continue;
    }
    if ('children' in node) {
      parts.push(textOf(node.children as RootContent[]));
    } else if ('value' in node && node.type !== 'code' && node.type !== 'mdxTextExpression') {
      parts.push(node.value);
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** A component's prop as written, or undefined. */
function jsxProp(node: JsxElement, name: string) {
  return node.attributes.find(
    (attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === name,
  )?.value;
}

function glossaryEntries(tree: Root): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'GlossaryTerm') return;
    const id = jsxProp(node, 'id');
    const term = jsxProp(node, 'term');
    if (typeof id === 'string' && typeof term === 'string') {
      entries.push({ id, term, text: textOf(node.children as RootContent[]) });
    }
  });
  return entries;
}

function introNodes(tree: Root): RootContent[] {
  const firstSection = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2);
  return firstSection === -1 ? tree.children : tree.children.slice(0, firstSection);
}

function sectionsOf(tree: Root, headings: Heading[]): Section[] {
  const sections: Section[] = [];
  let current: { heading: Heading; nodes: RootContent[] } | undefined;
  let index = 0;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const heading = headings.find((candidate) => candidate.line === node.position?.start.line) ?? headings[index];
      index++;
      if (node.depth === 2 && heading) {
        if (current) sections.push(toSection(current));
        current = { heading, nodes: [] };
        continue;
      }
    }
    current?.nodes.push(node);
  }
  if (current) sections.push(toSection(current));
  return sections;
}

function toSection({ heading, nodes }: { heading: Heading; nodes: RootContent[] }): Section {
  return { id: heading.id, heading: heading.text, text: textOf(nodes) };
}
