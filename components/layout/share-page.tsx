import { Fragment, type ReactNode } from 'react';
import { qrSvg } from '@/lib/qr';

type Props = { url: string };

/**
 * An address on paper may only break after a slash: a break at a hyphen
 * ("personalised-" / "care") reads as a hyphenated word, and people typing
 * it, or software reading the PDF, leave the hyphen out.
 */
function PrintedAddress({ url }: Props) {
  const parts = url.match(/(?:[a-z]+:\/\/)?[^/]*\/?/g)?.filter(Boolean) ?? [url];
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? <wbr /> : null}
      <span className="whitespace-nowrap">{part}</span>
    </Fragment>
  ));
}

/**
 * For clinicians: the page's public address to copy or read out, and a QR
 * code a patient can scan from the screen or from a printed handout. Both are
 * in the HTML, so they work without JavaScript; the copy-link island only
 * shows and runs the "Copy link" button. The QR code is drawn at build time.
 */
export async function SharePage({ url, printed = true }: Props & { printed?: boolean }) {
  const svg = await qrSvg(url);
  return (
    <section
      aria-labelledby="share-heading"
      className={`mt-8 border-t border-border pt-4 print:mt-6 print:break-inside-avoid ${printed ? '' : 'print:hidden'}`}
    >
      <h2 id="share-heading" className="text-xl font-bold">
        <span className="print:hidden">Share this page</span>
        <span className="hidden print:inline">Read this page online</span>
      </h2>
      {/* One column on screen, so the address field is as wide as the text; on paper the QR code sits beside the address. */}
      <div className="mt-3 print:flex print:items-start print:gap-6">
        <div className="min-w-0 print:flex-1">
          <p className="print:hidden">Copy the address of this page, or scan the QR code with a phone camera.</p>
          <p className="hidden print:block">Scan the QR code with a phone camera, or go to:</p>
          <label htmlFor="share-address" className="mt-3 block font-bold print:hidden">
            Address of this page
          </label>
          <input
            id="share-address"
            type="url"
            readOnly
            value={url}
            spellCheck={false}
            className="mt-1 min-h-11 w-full min-w-0 border-2 border-ink bg-white px-2 text-base text-ink print:hidden"
          />
          <p className="mt-1 hidden font-bold print:block">
            <PrintedAddress url={url} />
          </p>
          <button
            type="button"
            hidden
            data-copy-link={url}
            className="mt-3 min-h-11 rounded border-2 border-brand bg-white px-4 font-bold text-brand hover:bg-page print:hidden"
          >
            Copy link
          </button>
        </div>
        <div className="mt-4 size-32 shrink-0 print:mt-0 print:size-[3cm] [&>svg]:size-full" dangerouslySetInnerHTML={{ __html: svg }} />
      </div>
    </section>
  );
}

type HeaderProps = Props & {
  /** The page's title block: on screen it is all that shows. */
  children: ReactNode;
  /** What the page online has that the paper does not, said after "Read this page online". */
  onlineExtra?: string;
};

/**
 * A handout's title with, on paper only, the page's address and QR code
 * beside it: a long list then fills its two sheets without pushing the
 * address onto a third (GitHub issue 14). The page passes printed={false} to
 * its SharePage, so the address prints once. On screen only the title shows:
 * the address and QR code are in the "Share this page" box at the end.
 */
export async function HandoutHeader({ url, children, onlineExtra }: HeaderProps) {
  const svg = await qrSvg(url);
  return (
    <div className="print:flex print:items-start print:gap-4 print:break-inside-avoid">
      <div className="min-w-0 print:flex-1">{children}</div>
      {/* 9cm: room for the QR code and, under it, the site's address unbroken up to its first slash. */}
      <div className="hidden text-[10pt] leading-snug print:block print:w-[9cm] print:shrink-0">
        <div className="flex items-start gap-3">
          <p className="min-w-0 flex-1">
            <strong>Read this page online</strong>
            {onlineExtra ? `, ${onlineExtra}` : ''}: scan the QR code with a phone camera, or go to:
          </p>
          <div className="size-[3cm] shrink-0 [&>svg]:size-full" dangerouslySetInnerHTML={{ __html: svg }} />
        </div>
        <p className="mt-1 font-bold">
          <PrintedAddress url={url} />
        </p>
      </div>
    </div>
  );
}
