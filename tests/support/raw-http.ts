import { connect } from 'node:net';

/**
 * One HTTP/1.1 request sent byte for byte as written, so an address reaches
 * the server exactly as typed: fetch() and browsers would first tidy away
 * dot segments, control characters and the like, which are the point here.
 */
export type RawResponse = { status: number; headers: Record<string, string>; body: Buffer };

export function rawRequest(port: number, method: string, target: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error(`${method} ${target.slice(0, 80)}: no answer in 10 s`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const headEnd = all.indexOf('\r\n\r\n');
      if (headEnd === -1) return reject(new Error(`${method} ${target.slice(0, 80)}: no response head`));
      const [statusLine, ...lines] = all.subarray(0, headEnd).toString('latin1').split('\r\n');
      const parsed: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        parsed[name] = parsed[name] === undefined ? value : `${parsed[name]}, ${value}`;
      }
      resolve({ status: Number(statusLine!.split(' ')[1]), headers: parsed, body: all.subarray(headEnd + 4) });
    });
    const head = [`${method} ${target} HTTP/1.1`, 'Host: localhost', 'Connection: close'];
    for (const [name, value] of Object.entries(headers)) head.push(`${name}: ${value}`);
    // write, not end: Node's server drops a connection whose client has finished sending.
    socket.write(Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'));
  });
}
