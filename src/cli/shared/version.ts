import * as fs from 'fs';
import * as path from 'path';

/** The package version, from the nearest package.json named perfscore (works from src/ and from lib/). */
export function packageVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      try {
        const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'perfscore' && pkg.version) return pkg.version;
      } catch {
        // keep looking upwards
      }
    }
    dir = path.dirname(dir);
  }
  return '0.0.0';
}
