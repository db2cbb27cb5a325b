#!/usr/bin/env node
'use strict';
// The command line is compiled from src/cli into lib/ by `npm run build:cli` (run on npm ci/install).
require('../lib/src/cli/main.js').main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`内部错误 (internal error): ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  },
);
