/**
 * The video maker's TypeScript steps are run by scripts/make-video.sh, which
 * passes its settings as environment variables. A missing one is a bug in the
 * shell script, so it stops the run at once.
 */
export function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') {
    console.error(`make-video: internal error: ${name} is not set.`);
    process.exit(1);
  }
  return value;
}

/** Stops the maker with a message; nothing has been changed yet when this runs. */
export function fail(message: string): never {
  console.error(`make-video: ${message}`);
  process.exit(1);
}
