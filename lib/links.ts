/** A link that leaves this site. */
export function isExternal(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}
