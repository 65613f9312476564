/** `--name N` from the command line as a positive integer, or the fallback; exits 2 on a bad value. */
export function positiveIntArg(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`${name} needs a positive integer`);
    process.exit(2);
  }
  return value;
}
