/**
 * `npm run ledger:core`: writes lib/engine/facts/ledger-core.generated.ts, the ledger's numbers without its
 * words, which the dashboard loads instead of the whole ledger (lib/engine/facts/core.ts). Run it after
 * editing ledger.ts; facts.test.ts fails until you do.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { facts } from '../lib/engine/facts/ledger';
import { renderLedgerCore } from '../lib/engine/facts/core';

const file = resolve('lib/engine/facts/ledger-core.generated.ts');
const text = renderLedgerCore(facts);
writeFileSync(file, text);
console.log(`wrote ${file}: ${text.split('\n').length} lines from ${facts.length} ledger rows`);
