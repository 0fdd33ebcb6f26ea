#!/usr/bin/env node
import { runStandInProcess } from '@parley/connector-sdk/stand-in';
import { runSandboxMain } from './sandbox-main.js';

await runStandInProcess(runSandboxMain);
