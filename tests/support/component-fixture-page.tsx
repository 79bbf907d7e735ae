import { renderToStaticMarkup } from 'react-dom/server';
import { componentFixtures, type ComponentFixture } from '../../components/mdx/fixtures';

/**
 * The page of every author component variant that the accessibility test
 * (tests/a11y/components.spec.ts) checks: made from the same fixtures as the
 * unit tests (components/mdx/fixtures.tsx), so a variant added there is
 * checked by axe too, and the two cannot drift apart.
 */
export function componentFixturePageHtml(fixtures: readonly ComponentFixture[] = componentFixtures): string {
  return fixtures
    .map((fixture) => `<div data-fixture="${escapeAttribute(fixture.name)}">${renderToStaticMarkup(fixture.element())}</div>`)
    .join('\n');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
