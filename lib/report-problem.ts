/**
 * "Report a problem with this page": a mailto: link with the page's address
 * and title filled in, so the content team knows which page is meant. It is
 * only a link: nothing is sent anywhere until the reader sends the email from
 * their own email app, and the site sets no cookies and keeps nothing.
 *
 * RFC 6068: subject and body are percent-encoded (a space is %20, never "+",
 * which mail apps would show as a plus sign); line breaks are %0D%0A.
 */
export type ReportProblemInput = {
  /** Where reports go: site settings' contentTeamEmail, else the contact email. */
  email: string;
  /** The page's public address, or null for the "not found" page (whose address is unknown at build time). */
  url: string | null;
  title: string;
  siteName: string;
};

export function reportProblemHref({ email, url, title, siteName }: ReportProblemInput): string {
  const subject = `Problem with a page on ${siteName}: ${title}`;
  const body = [
    `Page: ${title}`,
    `Address: ${url ?? '(paste the address you tried here)'}`,
    '',
    'What is wrong or missing on this page?',
    '',
    '',
    // Reports go to the people who write the site, not to a care team.
    'Please do not include details about your health or treatment. For questions about your own care, ask your care team.',
  ].join('\r\n');
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The link's input for a page of this site. */
export function reportProblemFor(
  settings: { name: string; url: string; contact: { email: string }; contentTeamEmail?: string },
  path: string | null,
  title: string,
): ReportProblemInput {
  return {
    email: settings.contentTeamEmail ?? settings.contact.email,
    url: path === null ? null : path === '/' ? settings.url : `${settings.url}${path}`,
    title,
    siteName: settings.name,
  };
}
