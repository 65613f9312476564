-- CreateTable
CREATE TABLE "RunComment" (
    "runId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RunComment_pkey" PRIMARY KEY ("runId")
);

-- CreateIndex
CREATE INDEX "RunComment_teacherId_idx" ON "RunComment"("teacherId");

-- AddForeignKey
ALTER TABLE "RunComment" ADD CONSTRAINT "RunComment_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ScenarioRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunComment" ADD CONSTRAINT "RunComment_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
