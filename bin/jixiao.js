#!/usr/bin/env node
// The installed command: runs the compiled CLI (npm ci builds dist/ through the prepare script).
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // A bug, not a user error: say so plainly and point at the report to file.
    console.error(`jixiao: internal error: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Please report this with the file that caused it.');
    process.exitCode = 70;
  },
);
