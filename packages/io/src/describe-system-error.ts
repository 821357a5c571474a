const WHY: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EROFS: 'the file system is read-only',
  ELOOP: 'too many symbolic links',
  EPIPE: 'the reading end is closed',
  ENXIO: 'no reader is connected to it',
  EFBIG: 'the file is too large',
  EIO: 'an input/output error',
  EBADF: 'the file descriptor is not open for writing',
};

/**
 * A failed system call in words, with its code: `no space left on the device (ENOSPC)`. Other errors give their
 * message.
 *
 * @example
 * describeSystemError(Object.assign(new Error('x'), { code: 'EACCES' })); // 'permission denied (EACCES)'
 */
export function describeSystemError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return (e as Error | undefined)?.message ?? String(e);
  return `${WHY[code] ?? 'the system refused'} (${code})`;
}
