-- AlterTable
ALTER TABLE "ScenarioDecision" ADD COLUMN     "reason" TEXT;

-- AlterTable
ALTER TABLE "ScenarioRun" ADD COLUMN     "liveSessionId" TEXT;

-- CreateTable
CREATE TABLE "LiveChoiceVote" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "choiceId" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiveChoiceVote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LiveChoiceVote_sessionId_step_idx" ON "LiveChoiceVote"("sessionId", "step");

-- CreateIndex
CREATE UNIQUE INDEX "LiveChoiceVote_sessionId_studentId_step_key" ON "LiveChoiceVote"("sessionId", "studentId", "step");

-- CreateIndex
CREATE UNIQUE INDEX "ScenarioRun_liveSessionId_key" ON "ScenarioRun"("liveSessionId");

-- AddForeignKey
ALTER TABLE "ScenarioRun" ADD CONSTRAINT "ScenarioRun_liveSessionId_fkey" FOREIGN KEY ("liveSessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveChoiceVote" ADD CONSTRAINT "LiveChoiceVote_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveChoiceVote" ADD CONSTRAINT "LiveChoiceVote_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
