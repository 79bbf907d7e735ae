import { expect, test } from 'vitest';
import { linkProblems, publishedUrlProblems, withNewlyPublished } from './links';

const routes = [
  { path: '/', anchors: [] },
  { path: '/personalised-care', anchors: ['what-it-is'] },
  { path: '/personalised-care/treatment-summary', anchors: ['who-writes-it'] },
];
const files = new Set(['/video/awareness.mp4']);
const source = (url: string) => ({ file: 'content/index.mdx', path: '/', links: [{ url, line: 12, column: 3 }] });

test('a link to a page that exists passes', () => {
  expect(linkProblems([source('/personalised-care/treatment-summary#who-writes-it')], routes, files)).toEqual([]);
});

test('external links, email links and files are not checked as pages', () => {
  const links = ['https://www.nhs.uk', 'mailto:a@example.org', '/video/awareness.mp4'];
  expect(links.flatMap((url) => linkProblems([source(url)], routes, files))).toEqual([]);
});

test('a broken link fails with the file, line and the address', () => {
  const [problem] = linkProblems([source('/personalised-care/treatment-sumary')], routes, files);
  expect(problem).toMatchObject({ file: 'content/index.mdx', line: 12, column: 3 });
  expect(problem!.message).toContain('/personalised-care/treatment-sumary');
});

test('a broken anchor fails and lists the sections that do exist', () => {
  const [problem] = linkProblems([source('/personalised-care#what-it-does')], routes, files);
  expect(problem!.message).toContain('#what-it-does');
  expect(problem!.expected).toContain('what-it-is');
});

test('an anchor on the same page is checked against that page', () => {
  const here = { file: 'content/personalised-care/index.mdx', path: '/personalised-care', links: [{ url: '#nope', line: 4, column: 1 }] };
  expect(linkProblems([here], routes, files)).toHaveLength(1);
});

test('removing a published page without a redirect fails, naming the address', () => {
  const problems = publishedUrlProblems(['/', '/rehab-old'], 'content/published-urls.txt', routes, []);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file: 'content/published-urls.txt', line: 2 });
  expect(problems[0]!.message).toContain('/rehab-old');
});

test('a published address that redirects to a page passes', () => {
  const redirects = [{ from: '/rehab-old', to: '/personalised-care', file: 'content/personalised-care/index.mdx' }];
  expect(publishedUrlProblems(['/rehab-old'], 'list', routes, redirects)).toEqual([]);
});

test('a redirect chain fails, and so does a loop', () => {
  const chain = [
    { from: '/a', to: '/b', file: 'x.mdx' },
    { from: '/b', to: '/personalised-care', file: 'y.mdx' },
  ];
  expect(publishedUrlProblems([], 'list', routes, chain).some((problem) => problem.message.includes('a chain'))).toBe(true);
  const loop = [
    { from: '/a', to: '/b', file: 'x.mdx' },
    { from: '/b', to: '/a', file: 'y.mdx' },
  ];
  expect(publishedUrlProblems([], 'list', routes, loop).some((problem) => problem.message.includes('loops'))).toBe(true);
});

test('new addresses are added to the published list, which stays sorted', () => {
  expect(withNewlyPublished(['/b', '/a'], ['/c', '/a'])).toEqual(['/a', '/b', '/c']);
});
