// The control app resolves next and react from the repository's node_modules (its root is two levels up).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const config = { turbopack: { root: join(dirname(fileURLToPath(import.meta.url)), '..', '..') } };
export default config;
