import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../../lib/problems/content-error';
import { required } from './env';
import { narrationCues, parseNarrationScript, wrapHeading } from './narration-script';

/**
 * Step 1 of scripts/make-video.sh: reads and checks script.yaml, then writes,
 * into WORK, each slide's heading (heading-<n>.txt), each sentence's speech
 * text (say-<n>.txt) and which slide each sentence belongs to (cues.tsv).
 */
const ROOT = required('ROOT');
const WORK = required('WORK');
const CONTENT_DIR = required('CONTENT_DIR');

const file = `${CONTENT_DIR}/script.yaml`;
const { script, problems } = parseNarrationScript({ file, yamlText: readFileSync(join(ROOT, file), 'utf8') });
if (!script) {
  console.error(problems.map(formatProblem).join('\n\n'));
  process.exit(1);
}
script.slides.forEach((slide, index) => {
  writeFileSync(join(WORK, `heading-${index}.txt`), wrapHeading(slide.heading).join('\n'));
});
const rows = narrationCues(script).map((cue, index) => {
  writeFileSync(join(WORK, `say-${index}.txt`), `${cue.say}\n`);
  return `${cue.slide}\t${index}\n`;
});
writeFileSync(join(WORK, 'cues.tsv'), rows.join(''));
