/** A tel: link for a phone number as people write it ("020 7946 0000" → "tel:02079460000"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A link that leaves this site. */
export function isExternal(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}
