import { parseArgs, type ParseArgsOptionDescriptor } from 'node:util';

/** One option of a command: `parseArgs`' descriptor, and what the usage says of it. */
export interface CommandOption extends ParseArgsOptionDescriptor {
  /** What it does, one line. */
  description: string;
  /** The name of its value in the usage (`DATE`), for an option that takes one. */
  value?: string;
}

/** What a command takes and what its usage says. */
export interface Command<O extends Record<string, CommandOption>> {
  /** How it is run: `npm run check -- [FILE|DIR...] [options]`. */
  synopsis: string;
  /** What it does, a few lines. */
  about: string;
  /** Its options (`--help` is added). */
  options: O;
  /** Command lines to copy, each with what it does. */
  examples: ReadonlyArray<readonly [string, string]>;
}

const HELP: CommandOption = { type: 'boolean', short: 'h', description: 'print this help and exit' };

/**
 * The usage of a command, as `--help` prints it: how it is run, what it
 * does, every option with what it does, and examples.
 *
 * @param command - The command.
 * @returns The text, ending in a newline.
 */
export function usageOf(command: Command<Record<string, CommandOption>>): string {
  const options = Object.entries<CommandOption>({ ...command.options, help: HELP }).map(([name, option]) => [
    `${option.short ? `-${option.short}, ` : '    '}--${name}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}`,
    `${option.description}${option.default !== undefined && option.type === 'string' ? ` (default: ${String(option.default)})` : ''}`,
  ]);
  const width = Math.max(...options.map(([flag]) => flag!.length)) + 2;
  const examples = command.examples.map(([line, what]) => `  ${line}\n      ${what}`);
  return [
    `usage: ${command.synopsis}`,
    '',
    command.about.trim(),
    '',
    'Options:',
    ...options.map(([flag, what]) => `  ${flag!.padEnd(width)}${what}`),
    '',
    command.examples.length === 1 ? 'Example:' : 'Examples:',
    ...examples,
    '',
  ].join('\n');
}

/**
 * Exit on a mistake in the command line: the reason, how the command is run
 * and where its options are, on stderr; exit code 2, no stack trace.
 *
 * @param command - The command.
 * @param reason - What is wrong (`unknown option --jsno`).
 * @returns Never: the process exits.
 */
export function usageError(command: Command<Record<string, CommandOption>>, reason: string): never {
  const run = command.synopsis.split(' -- ')[0];
  process.stderr.write(
    `error: ${reason}\nusage: ${command.synopsis}\n(\`${run} -- --help\` says what it does and lists every option)\n`,
  );
  process.exit(2);
}

/**
 * Read a command's arguments with `node:util` `parseArgs` (strict: an option
 * it does not know is an error). `--help` (`-h`) prints the usage and exits 0;
 * an unknown option, or a missing or unwanted value, is an error that names
 * the option (`usageError`).
 *
 * @param command - The command.
 * @param args - The arguments (by default the process's).
 * @returns The options' values and the other arguments.
 */
export function readCommandLine<const O extends Record<string, CommandOption>>(
  command: Command<O>,
  args: readonly string[] = process.argv.slice(2),
) {
  // parseArgs is given the descriptors alone; the types keep the command's, to type the values.
  const options = Object.fromEntries(
    Object.entries<CommandOption>({ ...command.options, help: HELP }).map(([name, option]) => {
      const { description: _description, value: _value, ...descriptor } = option;
      return [name, descriptor];
    }),
  ) as O & { help: { type: 'boolean'; short: 'h' } };
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true });
  } catch (error) {
    return usageError(command, describeProblem(error as Error & { code?: string }));
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(usageOf(command));
    process.exit(0);
  }
  return parsed;
}

/** `parseArgs`' complaint, said briefly: `unknown option --jsno`, `--out needs a value`. */
function describeProblem(error: Error & { code?: string }): string {
  const option = /'(?:-\w, )?(--?[^',\s]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option)
    return /argument missing/.test(error.message) ? `${option} needs a value` : `${option} takes no value`;
  return error.message;
}
