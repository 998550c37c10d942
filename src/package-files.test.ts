import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packageFile } from './package-files.js';

describe('packageFile', () => {
  it('finds the package root from wherever the code runs, and the built data under it', () => {
    expect(JSON.parse(readFileSync(packageFile('package.json'), 'utf8')).name).toBe('entities-cli');
    expect(existsSync(packageFile('dist', 'gazetteer.bin'))).toBe(true);
    expect(existsSync(packageFile('dist', 'bundle', 'cli', 'main.js'))).toBe(true);
  });
});
