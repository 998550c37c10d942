#!/usr/bin/env node
import { run } from '../dist/bundle/cli/main.js';

await run();
