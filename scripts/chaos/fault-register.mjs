// `node --import ./scripts/chaos/fault-register.mjs …`: installs the fault hooks named by QINQING_CHAOS_FAULT.
import { register } from 'node:module';

const fault = process.env.QINQING_CHAOS_FAULT;
if (fault) register('./fault-hooks.mjs', import.meta.url, { data: { fault } });
