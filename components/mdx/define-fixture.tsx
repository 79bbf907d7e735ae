import { createElement, type ComponentType, type ReactElement, type ReactNode } from 'react';
import type { AllowedComponent } from '@/lib/mdx/allowed-components';
import type { SiteSettings } from '@/lib/schemas/site';

/**
 * How a component's examples are written (house style 12, after
 * nhsuk-frontend's fixtures): each component has its own set beside it
 * (<name>.fixtures.tsx), and fixtures.tsx gathers them for the unit tests and
 * the axe test of every variant. Each says, in words, what a user should
 * perceive, so a failing test reads as a broken promise to a user.
 */
export type ComponentFixture = {
  /** Unique, readable: used as the test name. */
  name: string;
  /** How an author writes it in MDX: a component name, or the Markdown it overrides ("h2", "a"). */
  mdx: AllowedComponent | 'h2' | 'h3' | 'a';
  props: Record<string, unknown>;
  children?: ReactNode;
  /** What a user should see and hear. */
  perceive: string;
  /** The component with these props and children, ready to render. */
  element: () => ReactElement;
};

// Typed against each component's own props, so a fixture cannot drift from its component.
export function fixture<P extends object, N extends string>(
  component: ComponentType<P>,
  definition: Omit<ComponentFixture, 'element' | 'props' | 'name'> & { name: N; props: Omit<P, 'children'> },
): ComponentFixture & { name: N } {
  return {
    ...definition,
    element: () => createElement(component as ComponentType<Record<string, unknown>>, definition.props, definition.children),
  };
}

/** The contact details in content/site.yaml (reserved example numbers and addresses). */
export const exampleContact: SiteSettings['contact'] = {
  team: 'Cancer Support Workers team',
  email: 'cancer-support@example.org',
  phone: '020 7946 0000',
  hours: 'Monday to Friday, 9am to 5pm',
};

/** Most examples' text: one paragraph, as Markdown gives it. */
export const paragraph = (text: string) => <p>{text}</p>;
