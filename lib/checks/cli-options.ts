/**
 * Options of `npm run content:check -- …` (docs/content-checks.md):
 *   --changed-since <base>   editorial problems fail for files changed since <base> (git)
 *   --changed-files <file>   the same, with the list of changed files given (one a line)
 *   --report <file>          append the review report, as Markdown, to <file> (a job summary)
 *   --watch                  check again on every save, printing only what changed
 *   --json                   print the problems as JSON (what --watch reads)
 */
export type CheckOptions = {
  changedSince?: string;
  changedFiles?: string;
  report?: string;
  watch: boolean;
  json: boolean;
};

export function parseCheckOptions(argv: string[]): CheckOptions {
  const options: CheckOptions = { watch: false, json: false };
  const valueOf = (index: number, flag: string): string => {
    const value = argv[index + 1];
    if (!value || value.startsWith('--')) throw new Error(`content:check: ${flag} needs a value, such as ${flag} origin/main.`);
    return value;
  };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    switch (flag) {
      case '--watch':
        options.watch = true;
        break;
      case '--json':
        options.json = true;
        break;
      case '--changed-since':
        options.changedSince = inline ?? valueOf(index++, flag);
        break;
      case '--changed-files':
        options.changedFiles = inline ?? valueOf(index++, flag);
        break;
      case '--report':
        options.report = inline ?? valueOf(index++, flag);
        break;
      default:
        throw new Error(`content:check: unknown option "${arg}". Options: --changed-since <base>, --changed-files <file>, --report <file>, --watch.`);
    }
  }
  return options;
}
