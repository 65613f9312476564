-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LiveSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "contentSlug" TEXT NOT NULL,
    "contentVersion" TEXT NOT NULL,
    "itemOrder" TEXT NOT NULL,
    "phase" TEXT NOT NULL DEFAULT 'OPEN',
    "currentIndex" INTEGER NOT NULL DEFAULT 0,
    "round" INTEGER NOT NULL DEFAULT 1,
    "votesShown" BOOLEAN NOT NULL DEFAULT false,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "pairing" BOOLEAN NOT NULL DEFAULT false,
    "seq" INTEGER NOT NULL DEFAULT 0,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "movedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    "endedBy" TEXT,
    CONSTRAINT "LiveSession_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_LiveSession" ("classId", "contentSlug", "contentVersion", "currentIndex", "endedAt", "id", "itemOrder", "kind", "pairing", "paused", "phase", "round", "seq", "startedAt", "votesShown") SELECT "classId", "contentSlug", "contentVersion", "currentIndex", "endedAt", "id", "itemOrder", "kind", "pairing", "paused", "phase", "round", "seq", "startedAt", "votesShown" FROM "LiveSession";
DROP TABLE "LiveSession";
ALTER TABLE "new_LiveSession" RENAME TO "LiveSession";
CREATE INDEX "LiveSession_classId_endedAt_idx" ON "LiveSession"("classId", "endedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
