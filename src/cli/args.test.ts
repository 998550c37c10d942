import { describe, expect, it } from 'vitest';
import { type CliOptions, parseArgs, strayEdgesScope } from './args.js';

const run = (argv: string[]): CliOptions => {
  const parsed = parseArgs(argv, '0.0.0');
  if (parsed.kind !== 'run') throw new Error(`expected a run, got exit ${parsed.code}: ${parsed.error}`);
  return parsed.options;
};

describe('--edges', () => {
  it('is the document scope alone, and never takes the next word for its scope', () => {
    expect(run(['--edges', 'seeds/a.txt', 'seeds/b.txt'])).toMatchObject({ edges: 'document', paths: ['seeds/a.txt', 'seeds/b.txt'] });
    expect(run(['a.txt', '--edges'])).toMatchObject({ edges: 'document', paths: ['a.txt'] });
    expect(run(['--edges', 'document', 'sentence'])).toMatchObject({ edges: 'document', paths: ['document', 'sentence'] });
  });

  it('takes its scope attached: --edges=sentence', () => {
    expect(run(['--edges=sentence', 'a.txt'])).toMatchObject({ edges: 'sentence', paths: ['a.txt'] });
    expect(run(['--edges=document', 'a.txt'])).toMatchObject({ edges: 'document' });
  });

  it('leaves alone an --edges that is the value of another option, or after --', () => {
    expect(run(['-o', '--edges', 'a.txt'])).toMatchObject({ edges: undefined, output: '--edges', paths: ['a.txt'] });
    expect(run(['--', '--edges'])).toMatchObject({ edges: undefined, paths: ['--edges'] });
  });

  it('refuses a scope other than document or sentence', () => {
    const parsed = parseArgs(['--edges=paragraph', 'a.txt'], '0.0.0');
    expect(parsed).toMatchObject({ kind: 'exit', code: 2 });
  });

  it('says how to write the scope when a path named like one does not exist', () => {
    expect(strayEdgesScope(run(['a.txt', '--edges', 'sentence']), () => false)).toMatch(/--edges=sentence/);
    expect(strayEdgesScope(run(['a.txt', '--edges', 'sentence']), () => true)).toBeUndefined();
    expect(strayEdgesScope(run(['a.txt', 'sentence']), () => false)).toBeUndefined();
  });
});
