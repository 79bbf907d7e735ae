/**
 * Contact details that reach nobody, used while the organisation has not yet
 * given its real ones. A production build must not ship them
 * (lib/site/production-settings.ts), so these say whether a value is one.
 */

/**
 * Ofcom's numbers for TV and radio drama: never allocated, so never anyone's
 * real line. Each block of 1,000 numbers is written as the first 8 digits of
 * the national number (with the leading 0); the last 3 digits can be anything.
 * https://www.ofcom.org.uk/phones-and-broadband/phone-numbers/numbers-for-drama
 * (also described at http://www.bbc.com/news/blogs-magazine-monitor-32348371)
 */
const DRAMA_RANGES: ReadonlyArray<string> = [
  '01134960', // Leeds: 0113 496 0000 to 0999
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
  '01914980', // Tyneside, Durham and Sunderland: 0191 498 0000 to 0999
  '02079460', // London: 020 7946 0000 to 0999
  '02896496', // Northern Ireland: 028 9649 6000 to 6999
  '02920180', // Cardiff: 029 2018 0000 to 0999
  '01632960', // no real area: 01632 960000 to 960999
  '07700900', // mobile: 07700 900000 to 900999
  '08081570', // freephone: 08081 570000 to 570999
  '09098790', // premium rate: 0909 8790000 to 8790999
  '03069990', // UK-wide: 03069 990000 to 990999
];

/** "020 7946 0000", "+44 20 7946 0000", "(020) 7946-0000" → "02079460000". */
function nationalDigits(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+44')) return `0${digits.slice(3).replace(/^0/, '')}`;
  if (digits.startsWith('0044')) return `0${digits.slice(4).replace(/^0/, '')}`;
  return digits.replace(/\+/g, '');
}

export function isPlaceholderPhone(phone: string): boolean {
  const digits = nationalDigits(phone);
  if (digits.length !== 11) return false;
  return DRAMA_RANGES.some((prefix) => digits.startsWith(prefix));
}

/**
 * Names reserved for examples by RFC 2606 (and RFC 6761): the second-level
 * domains example.com, example.net and example.org, and the top-level domains
 * .example, .test, .invalid and .localhost, with anything below them.
 * https://www.rfc-editor.org/rfc/rfc2606
 */
function isReservedHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  const reserved = ['example.com', 'example.net', 'example.org'];
  if (reserved.some((domain) => name === domain || name.endsWith(`.${domain}`))) return true;
  const tld = name.split('.').pop() ?? '';
  return ['example', 'test', 'invalid', 'localhost'].includes(tld);
}

export function isPlaceholderEmail(email: string): boolean {
  const at = email.lastIndexOf('@');
  if (at === -1) return false;
  return isReservedHost(email.slice(at + 1).trim());
}

export function isPlaceholderUrl(url: string): boolean {
  try {
    return isReservedHost(new URL(url).hostname);
  } catch {
    return false;
  }
}
