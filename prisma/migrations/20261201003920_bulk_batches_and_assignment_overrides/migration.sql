-- CreateTable
CREATE TABLE "AccountBatch" (
    "classId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("classId", "key"),
    CONSTRAINT "AccountBatch_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssignmentOverride" (
    "assignmentId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "dueAt" DATETIME,
    "extraAttempts" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("assignmentId", "studentId"),
    CONSTRAINT "AssignmentOverride_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssignmentOverride_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "contentSlug" TEXT NOT NULL,
    "releaseAt" DATETIME,
    "dueAt" DATETIME,
    "maxAttempts" INTEGER,
    "feedbackMode" TEXT NOT NULL DEFAULT 'PRACTICE',
    "acceptLateWork" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Assignment" ("classId", "contentSlug", "createdAt", "dueAt", "feedbackMode", "id", "kind", "maxAttempts", "releaseAt") SELECT "classId", "contentSlug", "createdAt", "dueAt", "feedbackMode", "id", "kind", "maxAttempts", "releaseAt" FROM "Assignment";
DROP TABLE "Assignment";
ALTER TABLE "new_Assignment" RENAME TO "Assignment";
CREATE INDEX "Assignment_classId_idx" ON "Assignment"("classId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AssignmentOverride_studentId_idx" ON "AssignmentOverride"("studentId");
