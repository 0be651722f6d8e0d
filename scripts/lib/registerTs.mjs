// Lets a training script import the TypeScript sources (so that training and inference share one
// code path): tsx for .ts, and Node's own JSON loader for the model and lexicon data (jsonHook.mjs).
import { register as registerHook } from 'node:module';
import { register } from 'tsx/esm/api';

export function registerTs() {
  register();
  registerHook('./jsonHook.mjs', import.meta.url);
}
