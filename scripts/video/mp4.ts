/**
 * The length of an MP4 file, read from its movie header ("mvhd" box), so a
 * test can check video.yaml's duration against the real file without ffmpeg.
 * Box layout: ISO/IEC 14496-12, section 8.2.2.
 */
export function mp4DurationSeconds(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const moov = findBox(view, 0, view.byteLength, 'moov');
  if (!moov) return undefined;
  const mvhd = findBox(view, moov.contentStart, moov.end, 'mvhd');
  if (!mvhd || mvhd.end - mvhd.contentStart < 32) return undefined;
  const version = view.getUint8(mvhd.contentStart);
  // After version and flags (4 bytes): creation and modification times, 4 or 8 bytes each.
  const at = mvhd.contentStart + 4 + (version === 1 ? 16 : 8);
  const timescale = view.getUint32(at);
  const duration = version === 1 ? Number(view.getBigUint64(at + 4)) : view.getUint32(at + 4);
  return timescale > 0 ? duration / timescale : undefined;
}

type Box = { contentStart: number; end: number };

function findBox(view: DataView, start: number, end: number, type: string): Box | undefined {
  let offset = start;
  while (offset + 8 <= end) {
    let size = view.getUint32(offset);
    let header = 8;
    if (size === 1) {
      if (offset + 16 > end) return undefined;
      size = Number(view.getBigUint64(offset + 8));
      header = 16;
    } else if (size === 0) {
      size = end - offset;
    }
    if (size < header || offset + size > end) return undefined;
    const name = String.fromCharCode(
      view.getUint8(offset + 4),
      view.getUint8(offset + 5),
      view.getUint8(offset + 6),
      view.getUint8(offset + 7),
    );
    if (name === type) return { contentStart: offset + header, end: offset + size };
    offset += size;
  }
  return undefined;
}
