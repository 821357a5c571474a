import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFiles } from './find-files';

function tree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'bootstat-find-'));
  for (const f of files) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), '');
  }
  return root;
}

const names = (root: string, found: string[]) => found.map((f) => relative(root, f));

describe('findFiles', () => {
  const root = tree([
    'runs/a/cycle-1.json',
    'runs/a/cycle-2.json',
    'runs/a/cycle-10.json',
    'runs/b/cycle-1.json',
    'runs/b/x.csv',
    'runs/.hidden/c.json',
    'runs/c/cycle-1.json',
  ]);

  it('takes paths, directories and globs, each file once, in natural order', () => {
    expect(names(root, findFiles(['runs/a', 'runs/a/cycle-2.json', 'runs/*/cycle-1.json'], { cwd: root }))).toEqual([
      'runs/a/cycle-1.json',
      'runs/a/cycle-2.json',
      'runs/a/cycle-10.json',
      'runs/b/cycle-1.json',
      'runs/c/cycle-1.json',
    ]);
  });

  it('reads {a,b} alternatives and [classes] (they once matched nothing, silently)', () => {
    expect(names(root, findFiles(['runs/{a,b}/cycle-1.json'], { cwd: root }))).toEqual([
      'runs/a/cycle-1.json',
      'runs/b/cycle-1.json',
    ]);
    expect(names(root, findFiles(['runs/[ab]/cycle-[0-9].json'], { cwd: root }))).toEqual([
      'runs/a/cycle-1.json',
      'runs/a/cycle-2.json',
      'runs/b/cycle-1.json',
    ]);
  });

  it('yields the files under a directory a glob or an alternative matches, as the directory would', () => {
    expect(names(root, findFiles(['runs/{a,c}'], { cwd: root }))).toEqual([
      'runs/a/cycle-1.json',
      'runs/a/cycle-2.json',
      'runs/a/cycle-10.json',
      'runs/c/cycle-1.json',
    ]);
    expect(names(root, findFiles(['runs/[bc]'], { cwd: root }))).toEqual([
      'runs/b/cycle-1.json',
      'runs/b/x.csv',
      'runs/c/cycle-1.json',
    ]);
    expect(names(root, findFiles(['runs', '!runs/a', '!runs/{b,x}'], { cwd: root }))).toEqual(['runs/c/cycle-1.json']);
  });

  it('refuses extended globs rather than matching them literally', () => {
    for (const pattern of ['runs/+(a|b)/*.json', 'runs/@(a)/*', 'runs/*(a)', '!runs/!(a)/**']) {
      expect(() => findFiles(['runs', pattern], { cwd: root })).toThrow(/an extended glob, which is not supported/);
    }
  });

  it('refuses a reversed range and an unclosed {group} as errors, not a crash or an empty match', () => {
    expect(() => findFiles(['runs/a/cycle-[5-1].json'], { cwd: root })).toThrow(/a range must run upward/);
    expect(() => findFiles(['runs/{a,b/*.json'], { cwd: root })).toThrow(/opens a \{group\} that never closes/);
  });

  it('opens no path a ! pattern excludes, so a broken link there is no error', () => {
    const dir = tree(['runs/a/c1.json', 'runs/b/c1.json']);
    symlinkSync(join(dir, 'nowhere.json'), join(dir, 'runs/b/dangling.json'));
    expect(() => findFiles(['runs'], { cwd: dir })).toThrow(/cannot be followed/);
    expect(names(dir, findFiles(['runs', '!runs/b/dangling.json'], { cwd: dir }))).toEqual([
      'runs/a/c1.json',
      'runs/b/c1.json',
    ]);
    expect(names(dir, findFiles(['runs/**/*.json', '!**/dangling.json'], { cwd: dir }))).toEqual([
      'runs/a/c1.json',
      'runs/b/c1.json',
    ]);
  });

  it('follows no link to a directory that holds the walk (loop -> ..)', () => {
    const dir = tree(['camp/a/c1.json', 'camp/b/c1.json']);
    symlinkSync('..', join(dir, 'camp/a/loop'));
    expect(names(dir, findFiles(['camp/a'], { cwd: dir }))).toEqual(['camp/a/c1.json']);
  });

  it('removes what a ! pattern matches', () => {
    expect(names(root, findFiles(['runs/**/*.json', '!runs/a/**', '!**/c/*'], { cwd: root }))).toEqual([
      'runs/b/cycle-1.json',
    ]);
  });

  it('filters directories and globs by accept, and skips hidden entries', () => {
    const json = (p: string) => p.endsWith('.json');
    expect(names(root, findFiles(['runs'], { cwd: root, accept: json })).some((f) => f.includes('.hidden'))).toBe(
      false,
    );
    expect(names(root, findFiles(['runs/b'], { cwd: root, accept: json }))).toEqual(['runs/b/cycle-1.json']);
  });

  it.each([
    [['runs/nope.json'], 'no such file or directory.'],
    [['runs/*/nope-*.json'], 'no result file matches.'],
    [['runs/{x,y}/*.json'], 'no result file matches.'],
    [['runs/**/*.json', '!**'], 'every result file found is excluded by !**.'],
    [['!runs/a/**'], 'no path or glob to look in'],
  ])('fails closed on %j', (patterns, message) => {
    expect(() => findFiles(patterns, { cwd: root, what: 'result file' })).toThrow(
      expect.objectContaining({ message: expect.stringContaining(message) }),
    );
  });

  it('refuses a broken link a glob or directory would yield, and follows no link into a loop', () => {
    const r = tree(['d/a.json']);
    symlinkSync('gone.json', join(r, 'd/broken.json'));
    expect(() => findFiles(['d/*.json'], { cwd: r })).toThrow(
      expect.objectContaining({ message: expect.stringContaining('cannot be followed') }),
    );
    expect(() => findFiles(['d'], { cwd: r })).toThrow(
      expect.objectContaining({ message: expect.stringContaining('gone.json') }),
    );
    expect(names(r, findFiles(['d/a.json'], { cwd: r }))).toEqual(['d/a.json']);
    const loop = tree(['l/x.json']);
    symlinkSync(join(loop, 'l'), join(loop, 'l/self'));
    expect(names(loop, findFiles(['l'], { cwd: loop }))).toEqual(['l/x.json']);
  });

  it('walks a very deep tree without a stack overflow', () => {
    const deep = tree([`${Array.from({ length: 300 }, () => 'd').join('/')}/x.json`]);
    expect(findFiles(['**/*.json'], { cwd: deep })).toHaveLength(1);
  });
});
