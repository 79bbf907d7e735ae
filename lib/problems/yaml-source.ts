import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './content-error';

/**
 * YAML read the way most tools read it (YAML 1.1: gray-matter, GitHub's
 * preview, many editors), so that the traps are visible and can be reported:
 * an unquoted `2025-08-19` becomes a JavaScript Date and an unquoted `14:00`
 * becomes the number 840. Schemas reject both with a message that says to add
 * quotes, instead of silently accepting a value the editor did not write.
 */
export type YamlSource = {
  file: string;
  data: unknown;
  /** Line (1-based) of the value at a field path, or of its nearest parent. */
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined;
  problems: Problem[];
};

/**
 * @param lineOffset lines before the YAML in its file (frontmatter starts after `---`).
 */
export function readYaml(text: string, file: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, {
    version: '1.1',
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;

  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    file,
    line: lineAt(error.pos[0]),
    message: `This is not valid YAML: ${error.message.split('\n')[0]}`,
    fix: 'Check the indentation, that each "key: value" is on its own line, and that text with a colon in it is in quotes.',
  }));

  function lineOf(path: ReadonlyArray<PropertyKey>): number | undefined {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(doc, path.slice(0, depth));
      if (node?.range) return lineAt(node.range[0]);
    }
    return undefined;
  }

  // YAML turns an unquoted impossible date (2026-02-30) into a real one
  // (2 March): remember what the editor actually wrote, for the message.
  visit(doc, {
    Scalar(_key, node) {
      if (node.value instanceof Date && typeof node.source === 'string') writtenAs.set(node.value, node.source);
    },
  });

  return { file, data: problems.length ? undefined : doc.toJS(), lineOf, problems };
}

const writtenAs = new WeakMap<Date, string>();

/** What the editor wrote for a value YAML turned into a Date: "2026-02-30", not 2 March. */
export function yamlDateText(value: Date): string {
  return writtenAs.get(value) ?? value.toISOString().slice(0, 10);
}

function nodeAt(doc: Document, path: ReadonlyArray<PropertyKey>): Node | undefined {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node)) {
      // For a key, point at the key itself when the value is missing.
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) return undefined;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
    } else {
      return undefined;
    }
  }
  return node as Node | undefined;
}

/** `occurrences[2].end` from `['occurrences', 2, 'end']`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

/** How a value looks to an editor, for the "found" line of a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (value instanceof Date) {
    return `${yamlDateText(value)} without quotes, which YAML turns into a different kind of value`;
  }
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Turns a zod error into problems with file, line and field.
 * Schemas put the editor-facing explanation in each issue's message; the
 * "expected" text comes from the message when it has the form
 * "Expected …" and the "found" text from the data itself.
 */
export function zodProblems(error: z.ZodError, source: Pick<YamlSource, 'file' | 'data' | 'lineOf'>): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path as PropertyKey[];
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const keyPath = unknownKeys.length ? [...path, unknownKeys[0]!] : path;
    const field = formatPath(keyPath) || undefined;
    const value = valueAt(source.data, path);
    const [message, fix] = issue.message.split('\nFix: ');
    return {
      file: source.file,
      line: source.lineOf(keyPath),
      field,
      message: unknownKeys.length
        ? `Unknown field${unknownKeys.length > 1 ? 's' : ''} ${unknownKeys.map((key) => `"${key}"`).join(', ')}.`
        : message!,
      found: unknownKeys.length ? undefined : describeValue(value),
      fix:
        fix ??
        (unknownKeys.length
          ? 'Check the spelling against the list of fields in docs/, or remove it.'
          : undefined),
    } satisfies Problem;
  });
}
