import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import {
  anchorHref,
  canonicalUrl,
  categoryPath,
  guardedPathPrefixes,
  isGlossaryHref,
  occurrenceCalendarPath,
  pagePath,
  pathSegments,
  scheduleCalendarPath,
  sessionPath,
  transcriptPath,
} from './urls';

describe('the addresses', () => {
  test("the home page's address is the site's address; other pages add their path", () => {
    expect(canonicalUrl('https://cancer-rehab.example.org', '/')).toBe('https://cancer-rehab.example.org');
    expect(canonicalUrl('https://cancer-rehab.example.org', '/prehabilitation')).toBe(
      'https://cancer-rehab.example.org/prehabilitation',
    );
  });

  test('sessions, categories, calendars and transcripts keep the addresses the site has always published', () => {
    expect(sessionPath({ slug: 'gentle-exercise' })).toBe('/whats-on/gentle-exercise');
    expect(categoryPath('physical-activity')).toBe('/whats-on/category/physical-activity');
    expect(scheduleCalendarPath).toBe('/whats-on/calendar.ics');
    expect(occurrenceCalendarPath('gentle-exercise-2026-03-29.ics')).toBe('/whats-on/calendars/gentle-exercise-2026-03-29.ics');
    expect(transcriptPath('awareness')).toBe('/transcripts/awareness.txt');
    expect(anchorHref('/glossary', 'fatigue')).toBe('/glossary#fatigue');
  });

  test("a page's folders and its address convert both ways", () => {
    expect(pagePath([])).toBe('/');
    expect(pagePath(['personalised-care', 'treatment-summary'])).toBe('/personalised-care/treatment-summary');
    expect(pathSegments('/personalised-care/treatment-summary')).toEqual(['personalised-care', 'treatment-summary']);
    expect(pathSegments('/')).toEqual([]);
  });

  test('links to the glossary and its terms count as glossary links; look-alikes do not', () => {
    expect(isGlossaryHref('/glossary')).toBe(true);
    expect(isGlossaryHref('/glossary#hna')).toBe(true);
    expect(isGlossaryHref('/glossary/')).toBe(true);
    expect(isGlossaryHref('/glossary-of-terms')).toBe(false);
    expect(isGlossaryHref('/find-support')).toBe(false);
  });
});

// ─── No address is written by hand outside lib/urls.ts ──────────────────────

const root = path.resolve(import.meta.dirname, '..');

/** String and template literals in a file (comments and regular expressions are not addresses). */
function literals(source: string, fileName: string): Array<{ text: string; line: number }> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Array<{ text: string; line: number }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) {
      found.push({ text: node.text, line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1 });
    }
    node.forEachChild(visit);
  };
  visit(file);
  return found;
}

/** "/whats-on", "/whats-on/…", "/whats-on#…": a literal that starts with a guarded address. */
function handWrittenRoutes(source: string, fileName: string): string[] {
  // Parsing is the slow part: only parse files that mention an address at all.
  if (!guardedPathPrefixes().some((prefix) => source.includes(prefix))) return [];
  return literals(source, fileName)
    .filter(({ text }) =>
      guardedPathPrefixes().some((prefix) => text === prefix || (text.startsWith(prefix) && /^[/#?.]/.test(text.slice(prefix.length)))),
    )
    .map(({ text, line }) => `${fileName}:${line} "${text}"`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' || name === 'fixtures' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

test('the guarded addresses come from lib/urls.ts, so a new collection is covered once it adds its address there', () => {
  expect(guardedPathPrefixes()).toEqual(expect.arrayContaining(['/whats-on', '/search', '/glossary', '/transcripts', '/find-support']));
  expect(guardedPathPrefixes()).not.toContain('/');
});

test('the check finds an address written by hand, and ignores comments and other paths', () => {
  const sample = [
    "const a = '/whats-on/gentle-exercise';",
    'const b = <a href="/glossary#hna">HNA</a>;',
    'const c = `/transcripts/${id}.txt`;',
    '// see /whats-on in the browser',
    "const d = '/cancer-rehabilitation';",
    "const e = '/search-results-page';",
  ].join('\n');
  expect(handWrittenRoutes(sample, 'sample.tsx')).toEqual([
    'sample.tsx:1 "/whats-on/gentle-exercise"',
    'sample.tsx:2 "/glossary#hna"',
    'sample.tsx:3 "/transcripts/"',
  ]);
});

test('no file outside lib/urls.ts writes a site address by hand', () => {
  const files = ['app', 'components', 'lib', 'scripts']
    .flatMap((dir) => sourceFiles(path.join(root, dir)))
    .concat(readdirSync(root).filter((name) => /\.tsx?$/.test(name)).map((name) => path.join(root, name)))
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .filter((file) => file !== 'lib/urls.ts' && !/\.(test|spec)\.tsx?$/.test(file) && !/(^|\/)fixtures\.tsx?$/.test(file));
  expect(files.length).toBeGreaterThan(50);
  const found = files.flatMap((file) => handWrittenRoutes(readFileSync(path.join(root, file), 'utf8'), file));
  expect(found, 'Use the functions in lib/urls.ts instead of writing these addresses').toEqual([]);
}, 60_000); // Reads the whole code base: generous, so a busy machine cannot fail it.
