import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The browser is Debian's Chromium (no browser is downloaded at install time): CHROMIUM_PATH,
 * or /usr/bin/chromium, installed with apt-get when it is missing and we are root.
 */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function ensureChromium(log: (line: string) => void): string {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  if (!process.env.CHROMIUM_PATH && process.getuid?.() === 0) {
    log('Chromium is missing: installing Debian’s package (apt-get install -y chromium)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(path)) return path;
  }
  throw new Error(
    `The browser tests need Chromium at ${path}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) ` +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}
