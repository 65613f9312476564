-- CreateTable
CREATE TABLE "CouncilSession" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "contentSlug" TEXT NOT NULL,
    "contentVersion" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "seats" TEXT NOT NULL,
    "actions" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "seq" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "CouncilSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilReflection" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "seatId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CouncilReflection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CouncilSession_classId_status_idx" ON "CouncilSession"("classId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilReflection_sessionId_studentId_key" ON "CouncilReflection"("sessionId", "studentId");

-- AddForeignKey
ALTER TABLE "CouncilSession" ADD CONSTRAINT "CouncilSession_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilReflection" ADD CONSTRAINT "CouncilReflection_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CouncilSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilReflection" ADD CONSTRAINT "CouncilReflection_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
