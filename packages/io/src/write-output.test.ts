import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IoError } from './errors';
import { TEMP_FILE_PATTERN, writeOutput } from './write-output';

const dir = () => mkdtempSync(join(tmpdir(), 'bootstat-io-'));

async function failure(p: Promise<unknown>): Promise<IoError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof IoError) return e;
    throw e;
  }
  throw new Error('expected an IoError');
}

describe('writeOutput', () => {
  it('writes a new file atomically, creating its directory, and leaves no temporary file', async () => {
    const d = dir();
    const r = await writeOutput('out/a.txt', ['1\n', '2\n'], { cwd: d });
    expect(r.how).toBe('atomic');
    expect(readFileSync(join(d, 'out/a.txt'), 'utf8')).toBe('1\n2\n');
    expect(readdirSync(join(d, 'out'))).toEqual(['a.txt']);
  });

  it('replaces a regular file and keeps its permissions', async () => {
    const d = dir();
    const f = join(d, 'a.txt');
    writeFileSync(f, 'old');
    chmodSync(f, 0o600);
    await writeOutput(f, 'new');
    expect(readFileSync(f, 'utf8')).toBe('new');
    expect(statSync(f).mode & 0o777).toBe(0o600);
  });

  it('writes through a symbolic link: the file it names changes, the link stays a link', async () => {
    const d = dir();
    writeFileSync(join(d, 'real.txt'), 'old');
    symlinkSync('real.txt', join(d, 'link.txt'));
    await writeOutput(join(d, 'link.txt'), 'new');
    expect(lstatSync(join(d, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(d, 'link.txt'))).toBe('real.txt');
    expect(readFileSync(join(d, 'real.txt'), 'utf8')).toBe('new');
  });

  it('writes through a dangling link, creating the file it names', async () => {
    const d = dir();
    mkdirSync(join(d, 'sub'));
    symlinkSync('sub/target.txt', join(d, 'link.txt'));
    await writeOutput(join(d, 'link.txt'), 'x');
    expect(lstatSync(join(d, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'sub/target.txt'), 'utf8')).toBe('x');
  });

  it('writes into a FIFO in place (a reader gets the bytes; the FIFO stays a FIFO)', async () => {
    const d = dir();
    const fifo = join(d, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (c: Buffer) => {
      got += c.toString();
    });
    const closed = new Promise((done) => reader.on('close', done));
    const r = await writeOutput(fifo, ['a\n', 'b\n']);
    await closed;
    expect(r.how).toBe('in-place');
    expect(got).toBe('a\nb\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('writes /dev/null in place, as any user can', async () => {
    const r = await writeOutput('/dev/null', 'x');
    expect(r.how).toBe('in-place');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('reports a full device as one clear error, and the device stays a device', async () => {
    const e = await failure(writeOutput('/dev/full', 'x'.repeat(10_000)));
    expect(e.code).toBe('IO_WRITE_FAILED');
    expect(e.message).toBe('cannot write /dev/full: no space left on the device (ENOSPC).');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('sends /dev/stdout and its aliases to the stdout writer, never opening (and truncating) them', async () => {
    for (const path of ['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']) {
      const got: string[] = [];
      const r = await writeOutput(path, 'x', { stdout: (t) => void got.push(t) });
      expect(r.how).toBe('stdout');
      expect(got).toEqual(['x']);
    }
  });

  it('refuses a path ending in / (a directory), creating nothing', async () => {
    const d = dir();
    const e = await failure(writeOutput(join(d, 'newdir/'), 'x'));
    expect(e.message).toContain('a path ending in / names a directory');
    expect(readdirSync(d)).toEqual([]);
  });

  it('sends - to standard output', async () => {
    const got: string[] = [];
    const r = await writeOutput('-', ['a', 'b'], { stdout: (t) => void got.push(t) });
    expect(r.how).toBe('stdout');
    expect(got).toEqual(['a', 'b']);
  });

  it('refuses a directory, names the reason, and leaves nothing behind', async () => {
    const d = dir();
    mkdirSync(join(d, 'x'));
    const e = await failure(writeOutput(join(d, 'x'), 'y'));
    expect(e.message).toContain('it is a directory (EISDIR)');
    expect(readdirSync(d)).toEqual(['x']);
  });

  it('leaves the old file whole when writing fails part way', async () => {
    const d = dir();
    const f = join(d, 'a.txt');
    writeFileSync(f, 'old');
    async function* broken() {
      yield 'new part';
      throw new Error('the producer failed');
    }
    await expect(writeOutput(f, broken())).rejects.toThrow('the producer failed');
    expect(readFileSync(f, 'utf8')).toBe('old');
    expect(readdirSync(d)).toEqual(['a.txt']);
  });

  it('refuses before writing when the disk has too little room', async () => {
    const d = dir();
    const e = await failure(writeOutput(join(d, 'a.txt'), 'x', { expectedBytes: 2 ** 60 }));
    expect(e.message).toMatch(/needs about 1\.0 EiB|needs about 1024\.0 PiB/);
    expect(existsSync(join(d, 'a.txt'))).toBe(false);
  });

  it('names its temporary files recognisably', () => {
    expect(TEMP_FILE_PATTERN.test('.replicates.txt.bootstat-1234-0a1b2c3d.tmp')).toBe(true);
    expect(TEMP_FILE_PATTERN.test('replicates.txt')).toBe(false);
  });

  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
    'removes its temporary file on %s, then ends as killed by it',
    async (signal) => {
      const d = dir();
      const script = fileURLToPath(new URL('../test/fixtures/slow-write.ts', import.meta.url));
      // tsx is resolved from the working directory: this package's.
      const child = spawn(process.execPath, ['--import', 'tsx', script, join(d, 'out.txt')], {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      // The script says "writing" once its first piece is in the temporary file, then waits forever.
      await new Promise<void>((ready, fail) => {
        child.stdout.on('data', () => ready());
        child.on('exit', (code) => fail(new Error(`the script ended first (exit ${code})`)));
      });
      expect(readdirSync(d).some((f) => TEMP_FILE_PATTERN.test(f))).toBe(true);
      const ended = new Promise<[number | null, NodeJS.Signals | null]>((done) =>
        child.on('exit', (code, sig) => done([code, sig])),
      );
      child.kill(signal);
      expect(await ended).toEqual([null, signal]);
      expect(readdirSync(d)).toEqual([]);
    },
    20_000,
  );
});
