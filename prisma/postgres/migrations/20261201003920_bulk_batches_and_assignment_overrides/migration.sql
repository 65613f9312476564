-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "acceptLateWork" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AccountBatch" (
    "classId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountBatch_pkey" PRIMARY KEY ("classId","key")
);

-- CreateTable
CREATE TABLE "AssignmentOverride" (
    "assignmentId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3),
    "extraAttempts" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssignmentOverride_pkey" PRIMARY KEY ("assignmentId","studentId")
);

-- CreateIndex
CREATE INDEX "AssignmentOverride_studentId_idx" ON "AssignmentOverride"("studentId");

-- AddForeignKey
ALTER TABLE "AccountBatch" ADD CONSTRAINT "AccountBatch_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentOverride" ADD CONSTRAINT "AssignmentOverride_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentOverride" ADD CONSTRAINT "AssignmentOverride_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
