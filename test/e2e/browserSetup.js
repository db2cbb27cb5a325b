#!/usr/bin/env node
/**
 * `npm test`'s first step: the browser tests need Debian's Chromium (/usr/bin/chromium) and a CJK font
 * (fonts-noto-cjk), or they cannot run, or they run over screens whose Chinese is empty boxes. Says
 * what it finds; as root with apt-get, installs what is missing; otherwise prints the exact command
 * and stops, so a fresh machine with only Node is told plainly what to do.
 */
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');

const CHROMIUM = '/usr/bin/chromium';
const PACKAGES = { chromium: 'chromium', font: 'fonts-noto-cjk' };

function hasChromium() {
  return fs.existsSync(CHROMIUM);
}

/** A font that covers Chinese, as fontconfig (which Chromium uses on Linux) lists it. */
function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false; // no fontconfig: no font Chromium could use either
  }
}

function missingPackages() {
  const missing = [];
  if (!hasChromium()) missing.push(PACKAGES.chromium);
  if (!hasCjkFont()) missing.push(PACKAGES.font);
  return missing;
}

function main() {
  const missing = missingPackages();
  if (missing.length === 0) {
    console.log(`browser tests: ${CHROMIUM} and a CJK font found`);
    return 0;
  }
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt && process.env.PERFSCORE_NO_INSTALL !== '1') {
    console.log(`browser tests need ${missing.join(' and ')}: installing with Debian's apt-get (${command})`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
    if (install && install.status === 0 && missingPackages().length === 0) return 0;
    console.error(`the install did not succeed; run it by hand: ${command}`);
    return 1;
  }
  console.error(
    [
      `The browser tests need ${missing.join(' and ')}, which this machine does not have.`,
      `On Debian or Ubuntu, install ${missing.length > 1 ? 'them' : 'it'} with:`,
      '',
      `    sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
      '',
      'then run npm test again. (As root, npm test installs them itself; PERFSCORE_NO_INSTALL=1 stops that.)',
    ].join('\n'),
  );
  return 1;
}

process.exit(main());
