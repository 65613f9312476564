// Generates the Prisma client without network access.
// Prisma's CLI downloads a native schema engine at start-up even though `generate` never uses it;
// this network reaches only the npm registry, so we point it at an existing file instead.
import { runPrismaCli } from './prisma-cli';

runPrismaCli(['generate']);
