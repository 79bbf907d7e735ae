import type { ComponentProps } from 'react';
import type { AllowedComponent } from '@/lib/mdx/allowed-components';
import type { SiteSettings } from '@/lib/schemas/site';
import type { Video as VideoData } from '@/lib/video/parse';
import { ActionLink } from './action-link';
import { Card, CardGroup } from './card';
import { CareCard } from './care-card';
import { ContactDetails } from './contact-details';
import { DoList, DontList } from './do-dont-list';
import { Expander } from './expander';
import { GlossaryTerm } from './glossary-term';
import { SectionHeading } from './heading';
import { InsetText } from './inset-text';
import { ContentLink } from './link';
import { UrgentLine } from './urgent-line';
import { Video } from './video';
import { WarningCallout } from './warning-callout';

type Context = { settings: SiteSettings; videos: ReadonlyMap<string, VideoData> };

/**
 * The one registry of what authors may use in MDX (lib/mdx/allowed-components.ts
 * lists the same names and their props; the type below makes them match).
 * Built per page because some components show site settings or content data.
 */
export function mdxComponents({ settings, videos }: Context) {
  const authorComponents = {
    InsetText,
    WarningCallout,
    CareCard,
    Expander,
    DoList,
    DontList,
    ActionLink,
    CardGroup,
    Card,
    ContactDetails: () => <ContactDetails contact={settings.contact} />,
    UrgentLine: () => <UrgentLine phone={settings.contact.urgentLine} />,
    GlossaryTerm,
    Video: ({ id }: { id: string }) => {
      const video = videos.get(id);
      // The content check has already proved the id exists; this is a guard.
      if (!video) throw new Error(`Unknown video "${id}"`);
      return <Video video={video} id={id} siteUrl={settings.url} />;
    },
  } satisfies Record<AllowedComponent, unknown>;
  return {
    ...authorComponents,
    a: ContentLink,
    h2: (props: ComponentProps<'h2'>) => <SectionHeading level={2} {...props} />,
    h3: (props: ComponentProps<'h3'>) => <SectionHeading level={3} {...props} />,
  };
}
