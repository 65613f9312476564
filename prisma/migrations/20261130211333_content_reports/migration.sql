-- CreateTable
CREATE TABLE "ContentReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reporterId" TEXT NOT NULL,
    "itemKind" TEXT NOT NULL,
    "itemRef" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ContentReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ContentReport_itemKind_itemRef_idx" ON "ContentReport"("itemKind", "itemRef");

-- CreateIndex
CREATE INDEX "ContentReport_reporterId_updatedAt_idx" ON "ContentReport"("reporterId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ContentReport_reporterId_itemKind_itemRef_key" ON "ContentReport"("reporterId", "itemKind", "itemRef");
