/**
 * What a placeholder contact is: a phone number, email address or web address
 * that is reserved for examples and can never reach anyone. content/site.yaml
 * ships with these until the organisation gives its real details, so pages
 * can say "the number your team gave you" instead of printing a dead number,
 * and a production build can refuse to go live with them.
 *
 * Pure and dependency-free, so the schema, components and build checks can
 * all ask the same question.
 */

/**
 * Ofcom's telephone numbers reserved for TV and radio drama, which will not be
 * given to anyone: each is the digits of a national number (leading 0) up to
 * the last three, which run from 000 to 999.
 * https://www.ofcom.org.uk/phones-and-broadband/phone-numbers/numbers-for-drama
 * Only ranges that several independent copies of Ofcom's list agree on are
 * here; the Northern Ireland range is left out because copies disagree
 * (028 9018 0 or 028 9649 6), and a real number must never count as a placeholder.
 */
export const ofcomDramaPrefixes = [
  '01134960', // Leeds
  '01144960', // Sheffield
  '01154960', // Nottingham
  '01164960', // Leicester
  '01174960', // Bristol
  '01184960', // Reading
  '01214960', // Birmingham
  '01314960', // Edinburgh
  '01414960', // Glasgow
  '01514960', // Liverpool
  '01614960', // Manchester
  '01914980', // Tyneside, Durham and Sunderland
  '02079460', // London
  '02920180', // Cardiff
  '01632960', // no area
  '07700900', // mobile
  '08081570', // freephone
  '09098790', // premium rate
  '03069990', // UK-wide
] as const;

/**
 * The national digits of a UK number as people write it: "020 7946 0000",
 * "+44 (0)20 7946 0000", "0044 20 7946 0000" all give "02079460000".
 * Undefined when it is not a UK number made only of digits and separators.
 */
export function ukNationalDigits(phone: string): string | undefined {
  const compact = phone.trim().replace(/[\s().-]/g, '');
  let national: string;
  if (compact.startsWith('+44')) national = `0${compact.slice(3)}`;
  else if (compact.startsWith('0044')) national = `0${compact.slice(4)}`;
  else national = compact;
  // "+44 (0)20…" leaves "00…" once the brackets are gone.
  if (national.startsWith('00')) national = national.slice(1);
  return /^0\d{9,10}$/.test(national) ? national : undefined;
}

/** True for a number in one of Ofcom's drama ranges, however it is spaced or prefixed. */
export function isPlaceholderPhone(phone: string): boolean {
  const digits = ukNationalDigits(phone);
  if (!digits || digits.length !== 11) return false;
  return ofcomDramaPrefixes.some((prefix) => digits.startsWith(prefix) && digits.length - prefix.length === 3);
}

/**
 * Domains reserved for examples and testing by RFC 2606 (and RFC 6761, which
 * keeps the same names): the top-level names .test, .example, .invalid and
 * .localhost, and example.com, example.net and example.org with every name
 * below them.
 * https://www.rfc-editor.org/rfc/rfc2606
 */
const reservedTopLevel = ['test', 'example', 'invalid', 'localhost'] as const;
const reservedSecondLevel = ['example.com', 'example.net', 'example.org'] as const;

/** True for a host name that is reserved for examples ("cancer-rehab.example.org", "team.test"). */
export function isPlaceholderDomain(host: string): boolean {
  const name = host.trim().toLowerCase().replace(/\.$/, '');
  const labels = name.split('.');
  if (reservedTopLevel.includes(labels[labels.length - 1] as (typeof reservedTopLevel)[number])) return true;
  return reservedSecondLevel.some((domain) => name === domain || name.endsWith(`.${domain}`));
}

/** True for an email address at a reserved example domain ("team@example.org"). */
export function isPlaceholderEmail(email: string): boolean {
  const at = email.lastIndexOf('@');
  return at > 0 && isPlaceholderDomain(email.slice(at + 1));
}

/** True for a web address on a reserved example domain ("https://cancer-rehab.example.org/page"). */
export function isPlaceholderUrl(url: string): boolean {
  try {
    return isPlaceholderDomain(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** The parts of content/site.yaml that hold a contact, as far as this module needs to know them. */
type ContactSettings = {
  url: string;
  contact: { email: string; phone: string; urgentLine?: string | undefined };
};

/**
 * Every setting that still holds a reserved example, with its field name as
 * written in content/site.yaml ("contact.phone"), so a check can name each
 * one for the editor. A missing urgentLine counts: pages then behave exactly
 * as with the placeholder.
 */
export function placeholderSettings(settings: ContactSettings): Array<{ field: string; value: string }> {
  const found: Array<{ field: string; value: string }> = [];
  if (isPlaceholderUrl(settings.url)) found.push({ field: 'url', value: settings.url });
  if (isPlaceholderEmail(settings.contact.email)) found.push({ field: 'contact.email', value: settings.contact.email });
  if (isPlaceholderPhone(settings.contact.phone)) found.push({ field: 'contact.phone', value: settings.contact.phone });
  const urgentLine = settings.contact.urgentLine;
  if (urgentLine === undefined || isPlaceholderPhone(urgentLine)) {
    found.push({ field: 'contact.urgentLine', value: urgentLine ?? '(not set)' });
  }
  return found;
}
