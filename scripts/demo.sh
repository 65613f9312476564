#!/usr/bin/env bash
# Prepares the SQLite database with demo data and serves the production build on http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsx scripts/ensure-env.ts
set -a; . ./.env.local; set +a
npx tsx scripts/db/migrate-apply.ts
npx tsx prisma/seed.ts
if [ ! -f .next/BUILD_ID ] || [ -n "$(find app components lib content -newer .next/BUILD_ID -print -quit 2>/dev/null)" ]; then
  npx next build
fi
echo "Open Door is starting on http://localhost:${PORT:-3000}"
exec npm start
