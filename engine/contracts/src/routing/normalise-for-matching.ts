// One implementation for routing rules, flow triggers and the flow interpreter (workflow code).
export { normaliseForMatching } from '@parley/workflows/flows/normalise-for-matching';
