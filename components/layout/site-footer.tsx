import { telHref } from '@/lib/links';
import type { SiteSettings } from '@/lib/schemas/site';
import { urgentHelpPath } from '@/lib/urls';

type Props = { settings: SiteSettings };

/**
 * The same help in the same place on every page (WCAG 2.2 "Consistent Help",
 * 3.2.6): how to contact the team, and what to do in an emergency.
 */
export function SiteFooter({ settings }: Props) {
  const { contact } = settings;
  return (
    <footer className="mt-16 border-t-4 border-brand bg-white">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 sm:grid-cols-2">
        <section aria-labelledby="footer-help">
          <h2 id="footer-help" className="text-xl font-bold">
            Get help
          </h2>
          <p className="mt-3 text-lg">
            {/* Every page, one tap: the signs that need a 24-hour line, 111 or 999 now (GitHub issue 11). */}
            <a href={urgentHelpPath} className="font-bold">
              Get help urgently
            </a>
            : the signs during cancer treatment that need a call now.
          </p>
          <p className="mt-3">
            <strong>In an emergency, call 999.</strong> If you need medical help fast but it is not an emergency, call
            NHS 111 or go to <a href="https://111.nhs.uk">111.nhs.uk</a>.
          </p>
          <p className="mt-3">
            For questions about this information or the sessions, contact the {contact.team}: phone{' '}
            <a href={telHref(contact.phone)}>{contact.phone}</a> or email <a href={`mailto:${contact.email}`}>{contact.email}</a>.
          </p>
          <p className="mt-3">For questions about your own care, ask your care team.</p>
        </section>
        <nav aria-labelledby="footer-links" className="print:hidden">
          <h2 id="footer-links" className="text-xl font-bold">
            About this site
          </h2>
          <ul className="mt-3 space-y-1">
            {settings.footerLinks.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="inline-flex min-h-6 items-center">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-4 text-base text-ink-secondary">
            {settings.name} is provided by {settings.organisation}. This site sets no cookies.
          </p>
        </nav>
      </div>
    </footer>
  );
}
