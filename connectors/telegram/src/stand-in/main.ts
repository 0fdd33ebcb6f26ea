#!/usr/bin/env node
import { runStandInProcess } from '@parley/connector-sdk/stand-in';
import { runStandInMain } from './stand-in-main.js';

await runStandInProcess(runStandInMain);
