// Photos of a checklist's lines (migration 0008): a line keeps its id, and so its photos, when its record is
// saved again; the photos go with the line and with the record; they are audited under the record; a hazard
// opened from a failed item shows them.
#include "../SamplePhoto.h"
#include "TestSupport.h"
#include "domain/safety/Checklists.h"
#include "domain/safety/Hazards.h"
#include "domain/safety/SafetyKinds.h"
#include "storage/Attachments.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"
#include "storage/safety/LineHazards.h"

#include <QJsonObject>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::safety;

namespace {

class LinePhotosTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(QDate(2026, 11, 16), QTime(10, 0))};
    RecordRepository inspections{t.db(), inspectionsKind()};
    AttachmentStore store{t.db()};
    const QString linesKey = inspectionsKind().lines->key;
    qint64 id = 0;

    void SetUp() override {
        Record r = newRecord(inspectionsKind(), nullptr, t->ruleContext());
        r.set(QStringLiteral("inspectors"), QStringLiteral("李主任"));
        ASSERT_GE(r.lines.size(), 3);
        auto inserted = inspections.insert(r, test::tester());
        ASSERT_TRUE(inserted.ok()) << inserted.error().message.toStdString();
        id = *inserted;
    }
    Record stored() {
        auto r = inspections.get(id);
        EXPECT_TRUE(r.ok());
        return r.ok() ? *r : Record();
    }
    int photosOf(qint64 lineId) { return int(*store.count(linesKey, lineId)); }
    int rows(const QString& sql) {
        Query q(t.db(), sql);
        EXPECT_TRUE(q.exec().ok());
        EXPECT_TRUE(q.next());
        return q.value(0).toInt();
    }
};

} // namespace

TEST_F(LinePhotosTest, LinesKeepTheirIdsAndPhotosWhenTheRecordIsSavedAgain) {
    Record r = stored();
    const qint64 first = r.lines[0].id, second = r.lines[1].id, third = r.lines[2].id;
    ASSERT_NE(first, 0);
    ASSERT_TRUE(store.replace(linesKey, second, {test::samplePhoto("extinguisher.jpg")}, test::tester()));

    // Edited, reordered (the second line first), the first removed and a new one added.
    r.lines[1].set(checklist::kResult, checklist::kFail);
    r.lines[1].set(checklist::kNote, QStringLiteral("压力不足"));
    QList<Record> lines{r.lines[1], r.lines[2]};
    Record added;
    added.set(checklist::kArea, QStringLiteral("门窗"));
    added.set(checklist::kItem, QStringLiteral("北门门锁"));
    added.set(checklist::kResult, checklist::kPass);
    lines << added;
    r.lines = lines;
    ASSERT_TRUE(inspections.update(r, test::tester()).ok());

    const Record again = stored();
    ASSERT_EQ(again.lines.size(), 3);
    EXPECT_EQ(again.lines[0].id, second);
    EXPECT_EQ(again.lines[0].value(checklist::kNote).toString(), QStringLiteral("压力不足"));
    EXPECT_EQ(again.lines[1].id, third);
    EXPECT_NE(again.lines[2].id, first);
    EXPECT_EQ(photosOf(second), 1);
    EXPECT_EQ(rows(QStringLiteral("SELECT COUNT(*) FROM inspection_lines WHERE id = %1").arg(first)), 0);
}

TEST_F(LinePhotosTest, ALineIdOfAnotherRecordIsANewLineHere) {
    Record other = stored();
    other.id = 0; // a copy of the inspection, lines and all
    auto copy = inspections.insert(other, test::tester());
    ASSERT_TRUE(copy.ok());
    const Record original = stored();
    auto copied = inspections.get(*copy);
    ASSERT_TRUE(copied.ok());
    for (qsizetype i = 0; i < original.lines.size(); ++i)
        EXPECT_NE(copied->lines[i].id, original.lines[i].id);
    EXPECT_EQ(stored().lines.size(), original.lines.size()); // the original's lines are untouched
}

TEST_F(LinePhotosTest, PhotosGoWithTheirLineAndWithTheRecord) {
    Record r = stored();
    ASSERT_TRUE(store.replace(linesKey, r.lines[0].id, {test::samplePhoto("a.jpg")}, test::tester()));
    ASSERT_TRUE(store.replace(linesKey, r.lines[1].id, {test::samplePhoto("b.jpg")}, test::tester()));
    const qint64 kept = r.lines[1].id;
    r.lines.removeFirst();
    ASSERT_TRUE(inspections.update(r, test::tester()).ok());
    EXPECT_EQ(rows(QStringLiteral("SELECT COUNT(*) FROM attachments")), 1);
    EXPECT_EQ(photosOf(kept), 1);
    // Deleting the inspection deletes its lines (ON DELETE CASCADE), whose triggers delete their photos.
    ASSERT_TRUE(inspections.remove(id, test::tester()).ok());
    EXPECT_EQ(rows(QStringLiteral("SELECT COUNT(*) FROM attachments")), 0);
}

TEST_F(LinePhotosTest, LinePhotosAreAuditedUnderTheRecordAndCounted) {
    const Record r = stored();
    ASSERT_TRUE(store.replace(linesKey, r.lines[2].id,
                              {test::samplePhoto("a.jpg"), test::samplePhoto("b.jpg")}, test::tester()));
    auto trail = AuditLog::forRecord(t.db(), inspectionsKind().key, id);
    ASSERT_TRUE(trail.ok());
    int photoEntries = 0;
    for (const auto& e : *trail)
        photoEntries += e.after.contains(AttachmentStore::auditKey());
    EXPECT_EQ(photoEntries, 2);
    auto counts = store.counts(linesKey, {r.lines[0].id, r.lines[2].id});
    ASSERT_TRUE(counts.ok());
    EXPECT_FALSE(counts->contains(r.lines[0].id));
    EXPECT_EQ(counts->value(r.lines[2].id), 2);
    // A line that does not exist has no photos to change.
    EXPECT_FALSE(store.replace(linesKey, 999999, {test::samplePhoto("c.jpg")}, test::tester()).ok());
}

TEST_F(LinePhotosTest, AHazardOpenedFromAFailedItemShowsItsPhotos) {
    Record r = stored();
    r.lines[0].set(checklist::kResult, checklist::kFail);
    r.lines[0].set(checklist::kNote, QStringLiteral("灭火器过期"));
    ASSERT_TRUE(inspections.update(r, test::tester()).ok());
    ASSERT_TRUE(store.replace(linesKey, r.lines[0].id,
                              {test::samplePhoto("a.jpg"), test::samplePhoto("b.jpg")}, test::tester()));
    auto opened = openHazardsForLines(t.db(), inspectionsKind(), id, test::tester());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    ASSERT_EQ(opened->hazardIds.size(), 1);
    auto onHazard = store.list(hazardsKind().key, opened->hazardIds.first());
    ASSERT_TRUE(onHazard.ok());
    ASSERT_EQ(onHazard->size(), 2);
    EXPECT_EQ(onHazard->at(0).fileName, QStringLiteral("a.jpg"));
    EXPECT_EQ(onHazard->at(1).position, 1);
    // The line keeps its own photos (and its id) after the hazard's number is written into it.
    EXPECT_EQ(stored().lines[0].id, r.lines[0].id);
    EXPECT_EQ(photosOf(r.lines[0].id), 2);
}

TEST_F(LinePhotosTest, ACopyStopsAtTheRecordsPhotoLimit) {
    const Record r = stored();
    QList<PendingPhoto> many;
    for (int i = 0; i < 3; ++i)
        many << test::samplePhoto(QStringLiteral("line%1.jpg").arg(i));
    ASSERT_TRUE(store.replace(linesKey, r.lines[0].id, many, test::tester()));
    QList<PendingPhoto> almostFull;
    for (int i = 0; i < AttachmentStore::kMaxPhotosPerRecord - 2; ++i)
        almostFull << test::samplePhoto(QStringLiteral("own%1.jpg").arg(i));
    ASSERT_TRUE(store.replace(inspectionsKind().key, id, almostFull, test::tester()));
    auto copied = store.copy(linesKey, r.lines[0].id, inspectionsKind().key, id, test::tester());
    ASSERT_TRUE(copied.ok());
    EXPECT_EQ(*copied, 2); // room for two of the three
    EXPECT_EQ(*store.count(inspectionsKind().key, id), AttachmentStore::kMaxPhotosPerRecord);
    auto again = store.copy(linesKey, r.lines[0].id, inspectionsKind().key, id, test::tester());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 0);
}
