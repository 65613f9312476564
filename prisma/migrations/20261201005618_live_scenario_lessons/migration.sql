-- AlterTable
ALTER TABLE "ScenarioDecision" ADD COLUMN "reason" TEXT;

-- CreateTable
CREATE TABLE "LiveChoiceVote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "choiceId" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "LiveChoiceVote_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveChoiceVote_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ScenarioRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "studentId" TEXT NOT NULL,
    "scenarioSlug" TEXT NOT NULL,
    "assignmentId" TEXT,
    "contentVersion" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "step" INTEGER NOT NULL DEFAULT 0,
    "endingId" TEXT,
    "reflection" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    "liveSessionId" TEXT,
    CONSTRAINT "ScenarioRun_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScenarioRun_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ScenarioRun_liveSessionId_fkey" FOREIGN KEY ("liveSessionId") REFERENCES "LiveSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ScenarioRun" ("assignmentId", "contentVersion", "endedAt", "endingId", "id", "reflection", "scenarioSlug", "seed", "startedAt", "state", "step", "studentId") SELECT "assignmentId", "contentVersion", "endedAt", "endingId", "id", "reflection", "scenarioSlug", "seed", "startedAt", "state", "step", "studentId" FROM "ScenarioRun";
DROP TABLE "ScenarioRun";
ALTER TABLE "new_ScenarioRun" RENAME TO "ScenarioRun";
CREATE UNIQUE INDEX "ScenarioRun_liveSessionId_key" ON "ScenarioRun"("liveSessionId");
CREATE INDEX "ScenarioRun_studentId_scenarioSlug_idx" ON "ScenarioRun"("studentId", "scenarioSlug");
CREATE INDEX "ScenarioRun_assignmentId_idx" ON "ScenarioRun"("assignmentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "LiveChoiceVote_sessionId_step_idx" ON "LiveChoiceVote"("sessionId", "step");

-- CreateIndex
CREATE UNIQUE INDEX "LiveChoiceVote_sessionId_studentId_step_key" ON "LiveChoiceVote"("sessionId", "studentId", "step");
