-- CreateTable
CREATE TABLE "RunComment" (
    "runId" TEXT NOT NULL PRIMARY KEY,
    "teacherId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RunComment_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ScenarioRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RunComment_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RunComment_teacherId_idx" ON "RunComment"("teacherId");
