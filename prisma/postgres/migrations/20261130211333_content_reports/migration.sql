-- CreateTable
CREATE TABLE "ContentReport" (
    "id" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "itemKind" TEXT NOT NULL,
    "itemRef" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContentReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContentReport_itemKind_itemRef_idx" ON "ContentReport"("itemKind", "itemRef");

-- CreateIndex
CREATE INDEX "ContentReport_reporterId_updatedAt_idx" ON "ContentReport"("reporterId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ContentReport_reporterId_itemKind_itemRef_key" ON "ContentReport"("reporterId", "itemKind", "itemRef");

-- AddForeignKey
ALTER TABLE "ContentReport" ADD CONSTRAINT "ContentReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
