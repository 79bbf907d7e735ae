import { z } from 'zod';
import { isoDate, nonEmptyText, sitePath } from './common';
import { reviewDatesRefinement } from './review-dates';

/** One document a page's facts come from, shown in the page's "Sources" expander. */
export const sourceSchema = z.strictObject({
  publisher: nonEmptyText('the publisher'),
  title: nonEmptyText('the title of the document'),
  // Required so that every fact on the site can be traced back to a page a
  // reader (or a reviewer) can open: a title alone is not enough to find it.
  url: z.url({
    protocol: /^https?$/,
    error: (issue) =>
      issue.input === undefined
        ? 'Every source needs its web address ("url"), so readers can check the facts.\nFix: open the document in a browser, copy the address from the address bar and add it under the title, like: url: https://www.nhs.uk/conditions/'
        : 'Expected a full web address starting with https://.\nFix: copy the whole address from the browser\'s address bar, including https://.',
  }),
});

export const audienceSchema = z.enum(['patients', 'professionals', 'both'], {
  error: 'Expected one of: patients, professionals, both.\nFix: say who the page is written for.',
});

/**
 * Frontmatter of an MDX page in content/. Strict: a misspelt field is an
 * error, not silently ignored.
 */
export const pageFrontmatterSchema = z
  .strictObject({
    title: nonEmptyText('a title'),
    description: nonEmptyText('a description').max(160, {
      error: 'The description is longer than 160 characters, so search engines will cut it off.\nFix: shorten it to one plain sentence.',
    }),
    lastReviewed: isoDate,
    nextReview: isoDate,
    owner: nonEmptyText('the team or person who owns this page'),
    audience: audienceSchema,
    /** Shown in the header's main navigation, in this order. */
    nav: z
      .strictObject({
        order: z.number({ error: 'Expected a number for the position in the menu.\nFix: write a whole number such as 3.' }).int(),
        label: nonEmptyText('a short menu label').optional(),
      })
      .optional(),
    /** Position among its sibling pages in "In this section" lists. */
    order: z.number({ error: 'Expected a whole number.\nFix: write a number such as 2, or leave "order" out.' }).int().optional(),
    /** A shorter title for breadcrumbs and lists. */
    shortTitle: nonEmptyText('a short title').optional(),
    sources: z
      .array(sourceSchema, { error: 'Expected a list of sources.\nFix: list each document with "- publisher:", "title:" and "url:".' })
      .min(1, { error: 'Every page needs at least one source.\nFix: add the publisher, title and web address (url) of the documents the facts came from.' }),
    /** Old addresses of this page: each redirects (308) to it. */
    redirectFrom: z.array(sitePath).optional(),
    /** Leave the page out of the sitemap and search (the 404 page, for example). */
    noindex: z.boolean().optional(),
  })
  .superRefine(...reviewDatesRefinement);

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
export type Source = z.infer<typeof sourceSchema>;
