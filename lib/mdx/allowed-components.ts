/**
 * The author-facing components, and the props each accepts. MDX is code, so
 * content is held to this allow-list (see lib/mdx/analyse.ts); the registry in
 * components/mdx/index.tsx is typed against these names so the two cannot drift.
 */
type PropRule = {
  required?: readonly string[];
  optional?: readonly string[];
  /** Allowed values for props with a fixed set. */
  values?: Readonly<Record<string, readonly string[]>>;
  /** Props that are links, checked for unsafe schemes and for resolving. */
  links?: readonly string[];
  /** Where the component's text goes: children, or nothing at all. */
  children: 'markdown' | 'none';
  /** What it is for, in a few words (docs/components.md says more). */
  purpose: string;
};

export const allowedComponents = {
  InsetText: { children: 'markdown', purpose: 'a short piece of information that stands out' },
  WarningCallout: {
    required: ['heading'],
    children: 'markdown',
    purpose: 'something people must know to stay safe',
  },
  CareCard: {
    required: ['type', 'heading'],
    values: { type: ['non-urgent', 'urgent', 'emergency'] },
    children: 'markdown',
    purpose: 'when and where to get medical help',
  },
  Expander: { required: ['summary'], children: 'markdown', purpose: 'extra detail, hidden until opened' },
  DoList: { children: 'markdown', purpose: 'a list of things to do' },
  DontList: { children: 'markdown', purpose: "a list of things not to do" },
  ActionLink: {
    required: ['href'],
    links: ['href'],
    children: 'markdown',
    purpose: 'the one most important link on a page',
  },
  CardGroup: { children: 'markdown', purpose: 'a group of Cards' },
  Card: {
    required: ['href', 'heading'],
    links: ['href'],
    children: 'markdown',
    purpose: 'a route to another page, with a heading and a sentence',
  },
  ContactDetails: { children: 'none', purpose: "the team's contact details, from content/site.yaml" },
  UrgentLine: {
    children: 'none',
    purpose: 'the 24-hour cancer treatment helpline from content/site.yaml, or the number your cancer team gave you',
  },
  GlossaryTerm: {
    required: ['id', 'term'],
    children: 'markdown',
    purpose: 'one term and its definition on the glossary page',
  },
  Video: {
    required: ['id'],
    children: 'none',
    purpose: 'a video from content/videos/, with captions and transcript',
  },
} as const satisfies Record<string, PropRule>;

export type AllowedComponent = keyof typeof allowedComponents;

export function isAllowedComponent(name: string): name is AllowedComponent {
  return Object.hasOwn(allowedComponents, name);
}
