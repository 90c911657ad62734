import { describe, expect, it } from 'vitest';
import { usageOf } from '../../src/cli/command-line.ts';
import { runCli } from '../support/run-cli.ts';

/**
 * The three commands read their arguments one way (`src/cli/command-line.ts`,
 * `node:util` `parseArgs`): `--help` says what the command does, every
 * option and an example, and exits 0; a mistake in the command line names
 * the option and exits 2, without a stack trace.
 */
const OPTIONS: Record<string, string[]> = {
  claims: ['--json', '--help'],
  check: ['--watch', '--help'],
  import: [
    '--title TEXT',
    '--published DATE',
    '--note TEXT',
    '--outlet NAME',
    '--via NAME',
    '--author NAME',
    '--url URL',
    '--slug SLUG',
    '--charset NAME',
    '--out DIR',
    '--force',
    '--help',
  ],
};

describe.each(Object.keys(OPTIONS))('npm run %s', { timeout: 30_000 }, (name) => {
  it('--help prints what it does, every option and an example, and exits 0', async () => {
    const run = await runCli(name, ['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^usage: npm run ${name} -- `));
    const options = run.stdout.split('\nOptions:\n')[1]!.split('\n\n')[0]!;
    const flags = options.split('\n').map((line) => /--\w+(?: [A-Z]+)?/.exec(line)![0]);
    expect(flags).toEqual(OPTIONS[name]);
    for (const line of options.split('\n'))
      expect(line, 'each option says what it does').toMatch(/--\S+(?: [A-Z]+)? {2,}\w/);
    expect(run.stdout).toMatch(new RegExp(`\\nExamples?:\\n {2}npm run ${name}\\b`));
  });

  it('an unknown option is an error that names it: exit 2, nothing on stdout, no stack trace', async () => {
    const run = await runCli(name, ['--jsno']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: unknown option --jsno\nusage: npm run /);
    expect(run.stderr).toContain(`npm run ${name} -- --help`);
    expect(run.stderr).not.toMatch(/\n\s+at |ERR_PARSE_ARGS/);
  });
});

describe('the command line', { timeout: 30_000 }, () => {
  it('-h is --help', async () => {
    const [short, long] = await Promise.all([runCli('claims', ['-h']), runCli('claims', ['--help'])]);
    expect([short.code, short.stdout]).toEqual([0, long.stdout]);
  });

  describe('edge cases', () => {
    it('a short option it does not know, a value given to a switch and a missing value are errors that name them', async () => {
      const runs = await Promise.all([
        runCli('check', ['-x']),
        runCli('claims', ['--json=yes']),
        runCli('import', ['page.html', '--out']),
      ]);
      expect(runs.map((run) => [run.code, run.stderr.split('\n')[0]])).toEqual([
        [2, 'error: unknown option -x'],
        [2, 'error: --json takes no value'],
        [2, 'error: --out needs a value'],
      ]);
    });
  });
});

describe('usageOf', () => {
  it('lays out options with their values and defaults, and the examples', () => {
    expect(
      usageOf({
        synopsis: 'npm run x -- FILE [options]',
        about: 'Does x.',
        options: {
          out: { type: 'string', value: 'DIR', default: 'here', description: 'where to write' },
          dry: { type: 'boolean', description: 'write nothing' },
        },
        examples: [['npm run x -- a.txt', 'x of a.txt']],
      }),
    ).toBe(`usage: npm run x -- FILE [options]

Does x.

Options:
      --out DIR  where to write (default: here)
      --dry      write nothing
  -h, --help     print this help and exit

Example:
  npm run x -- a.txt
      x of a.txt
`);
  });

  describe('edge cases', () => {
    it('names a value VALUE when the option does not say', () => {
      expect(
        usageOf({ synopsis: 's', about: 'a', options: { n: { type: 'string', description: 'n' } }, examples: [] }),
      ).toContain('--n VALUE');
    });
  });
});
