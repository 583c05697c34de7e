// Photos of records (table attachments, migration 0004) through AttachmentStore: keep, remove, insert and
// renumber; the per-record limit on both sides; refused type and size; the delete triggers; the audit trail.
#include "storage/Attachments.h"

#include "SamplePhoto.h"
#include "TestSupport.h"
#include "domain/KindRegistry.h"
#include "domain/canteen/SeasonalDishes.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QImage>
#include <gtest/gtest.h>

using namespace houqin;

namespace {

const QString kKind = QStringLiteral("seasonal-dishes");

PendingPhoto photo(const QString& name, int w = 320, int h = 240, QColor colour = Qt::darkGreen) {
    return test::samplePhoto(name, w, h, colour);
}

PendingPhoto keep(const Attachment& a) {
    return test::keptPhoto(a);
}

Record dish(const QString& name) {
    Record r;
    r.set(QStringLiteral("month"), QDate(2026, 9, 1));
    r.set(QStringLiteral("solar_term"), QStringLiteral("bailu"));
    r.set(QStringLiteral("dish"), name);
    return r;
}

QStringList names(const QList<Attachment>& list) {
    QStringList out;
    for (const Attachment& a : list)
        out << a.fileName;
    return out;
}

int attachmentRows(Database& db) {
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM attachments"));
    EXPECT_TRUE(q.exec().ok());
    EXPECT_TRUE(q.next());
    return q.value(0).toInt();
}

} // namespace

class AttachmentsTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto id = repo.insert(dish(QStringLiteral("白露番薯粥")), test::tester());
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        recordId = *id;
    }
    QList<Attachment> stored() {
        auto l = store.list(kKind, recordId);
        EXPECT_TRUE(l.ok()) << l.error().message.toStdString();
        return l.ok() ? *l : QList<Attachment>();
    }

    test::TempDb t;
    RecordRepository repo{t.db(), canteen::seasonalDishesKind()};
    AttachmentStore store{t.db()};
    qint64 recordId = 0;
};

TEST_F(AttachmentsTest, ReplaceKeepsRemovesInsertsAndRenumbers) {
    ASSERT_TRUE(
        store.replace(kKind, recordId, {photo("a.jpg"), photo("b.jpg"), photo("c.jpg")}, test::tester()));
    QList<Attachment> first = stored();
    ASSERT_EQ(names(first), (QStringList{"a.jpg", "b.jpg", "c.jpg"}));
    EXPECT_EQ(first[0].position, 0);
    EXPECT_EQ(first[2].position, 2);
    EXPECT_EQ(first[1].width, 320);
    EXPECT_EQ(first[1].height, 240);
    EXPECT_FALSE(first[1].thumbnail.isEmpty());
    EXPECT_EQ(first[1].createdBy, QStringLiteral("tester"));

    // c first, a kept, b removed, d new at the end; a's caption changed.
    PendingPhoto a = keep(first[0]);
    a.caption = QStringLiteral("装盘");
    ASSERT_TRUE(store.replace(kKind, recordId, {keep(first[2]), a, photo("d.jpg")}, test::tester()));
    const QList<Attachment> second = stored();
    ASSERT_EQ(names(second), (QStringList{"c.jpg", "a.jpg", "d.jpg"}));
    EXPECT_EQ(second[0].id, first[2].id) << "kept photos keep their id";
    EXPECT_EQ(second[1].id, first[0].id);
    for (int i = 0; i < second.size(); ++i)
        EXPECT_EQ(second[i].position, i);
    EXPECT_EQ(second[1].caption, QStringLiteral("装盘"));
    EXPECT_EQ(*store.count(kKind, recordId), 3);

    // The full image is the bytes given, and decodes at the stored size.
    auto bytes = store.image(second[2].id);
    ASSERT_TRUE(bytes.ok());
    const QImage decoded = QImage::fromData(*bytes);
    EXPECT_EQ(decoded.size(), QSize(320, 240));

    // Nothing listed: all go.
    ASSERT_TRUE(store.replace(kKind, recordId, {}, test::tester()));
    EXPECT_EQ(*store.count(kKind, recordId), 0);
    EXPECT_FALSE(store.image(second[2].id).ok());
}

TEST_F(AttachmentsTest, ListLeavesTheFullImageOut) {
    ASSERT_TRUE(store.replace(kKind, recordId, {photo("a.jpg", 1600, 1200)}, test::tester()));
    const QList<Attachment> l = stored();
    ASSERT_EQ(l.size(), 1);
    // Attachment has no image member at all; the thumbnail is the small one.
    EXPECT_LT(l[0].thumbnail.size(), store.image(l[0].id)->size());
}

TEST_F(AttachmentsTest, TwelvePhotosAreAcceptedThirteenRefusedWithNothingWritten) {
    QList<PendingPhoto> twelve;
    for (int i = 0; i < AttachmentStore::kMaxPhotosPerRecord; ++i)
        twelve << photo(QStringLiteral("p%1.jpg").arg(i), 64, 48);
    ASSERT_EQ(twelve.size(), 12);
    ASSERT_TRUE(store.replace(kKind, recordId, twelve, test::tester()));
    EXPECT_EQ(*store.count(kKind, recordId), 12);

    QList<PendingPhoto> thirteen;
    for (const Attachment& a : stored())
        thirteen << keep(a);
    thirteen << photo(QStringLiteral("one-too-many.jpg"), 64, 48);
    const Status s = store.replace(kKind, recordId, thirteen, test::tester());
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Validation);
    ASSERT_EQ(s.error().issues.size(), 1);
    EXPECT_TRUE(s.error().issues[0].message.contains(QStringLiteral("12")))
        << s.error().message.toStdString();
    EXPECT_EQ(*store.count(kKind, recordId), 12);
    EXPECT_FALSE(names(stored()).contains(QStringLiteral("one-too-many.jpg")));
}

TEST_F(AttachmentsTest, BadTypeSizeAndEmptyBytesAreRefused) {
    PendingPhoto gif = photo("anim.gif");
    gif.mimeType = QStringLiteral("image/gif");
    PendingPhoto wide = photo("wide.jpg");
    wide.width = 1601;
    PendingPhoto tall = photo("tall.jpg");
    tall.height = 1601;
    PendingPhoto zero = photo("zero.jpg");
    zero.width = 0;
    PendingPhoto empty = photo("empty.jpg");
    empty.image.clear();
    for (const PendingPhoto& bad : {gif, wide, tall, zero, empty}) {
        const Status s = store.replace(kKind, recordId, {photo("good.jpg"), bad}, test::tester());
        ASSERT_FALSE(s.ok()) << bad.fileName.toStdString();
        ASSERT_FALSE(s.error().issues.isEmpty());
        EXPECT_TRUE(s.error().issues[0].message.contains(bad.fileName))
            << s.error().issues[0].message.toStdString();
        EXPECT_EQ(attachmentRows(t.db()), 0) << "the good photo beside it is not written either";
    }
    // The edges that are allowed: 1 and 1600 pixels.
    PendingPhoto edge = photo("edge.jpg");
    edge.width = 1600;
    edge.height = 1;
    EXPECT_TRUE(store.replace(kKind, recordId, {edge, photo("png.png")}, test::tester()));
}

TEST_F(AttachmentsTest, RefusesUnknownKindsKindsWithoutPhotosMissingRecordsAndForeignPhotos) {
    EXPECT_EQ(store.replace(QStringLiteral("no-such-kind"), recordId, {photo("a.jpg")}, test::tester())
                  .error()
                  .code,
              Error::Code::Usage);
    EXPECT_EQ(store.replace(QStringLiteral("staff"), 1, {photo("a.jpg")}, test::tester()).error().code,
              Error::Code::Usage);
    EXPECT_EQ(store.replace(kKind, recordId + 100, {photo("a.jpg")}, test::tester()).error().code,
              Error::Code::NotFound);

    auto other = repo.insert(dish(QStringLiteral("秋梨膏")), test::tester());
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE(store.replace(kKind, *other, {photo("other.jpg")}, test::tester()));
    auto theirs = store.list(kKind, *other);
    ASSERT_TRUE(theirs.ok());
    // A photo of another record cannot be "kept" here (it would move it).
    EXPECT_FALSE(store.replace(kKind, recordId, {keep(theirs->first())}, test::tester()).ok());
    EXPECT_EQ(*store.count(kKind, *other), 1);
    EXPECT_EQ(*store.count(kKind, recordId), 0);
}

TEST_F(AttachmentsTest, DeletingTheRecordDeletesItsPhotosOnly) {
    auto other = repo.insert(dish(QStringLiteral("秋梨膏")), test::tester());
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE(store.replace(kKind, recordId, {photo("a.jpg"), photo("b.jpg")}, test::tester()));
    ASSERT_TRUE(store.replace(kKind, *other, {photo("c.jpg")}, test::tester()));
    ASSERT_EQ(attachmentRows(t.db()), 3);
    ASSERT_TRUE(repo.remove(recordId, test::tester()));
    EXPECT_EQ(*store.count(kKind, recordId), 0);
    EXPECT_EQ(*store.count(kKind, *other), 1);
    EXPECT_EQ(attachmentRows(t.db()), 1);
}

// Every kind (or lines kind) that declares photos has a trigger that removes them with the record (or
// line), so that no photos outlive what they show (the triggers are written per table in the migrations).
TEST_F(AttachmentsTest, EveryKindWithPhotosHasADeleteTrigger) {
    int kinds = 0;
    QList<const RecordKind*> withPhotos = allKinds();
    for (const RecordKind* k : allKinds())
        if (k->lines)
            withPhotos << k->lines.get(); // a checklist's lines have photos too (migration 0008)
    for (const RecordKind* k : std::as_const(withPhotos)) {
        if (!k->photos)
            continue;
        ++kinds;
        Query q(t.db(),
                QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"));
        q.bind(QStringLiteral(":t"), k->table);
        ASSERT_TRUE(q.exec().ok());
        bool found = false;
        while (q.next()) {
            const QString sql = q.value(0).toString();
            found = found || (sql.contains(QStringLiteral("AFTER DELETE")) &&
                              sql.contains(QStringLiteral("DELETE FROM attachments")) &&
                              sql.contains(QStringLiteral("'%1'").arg(k->key)));
        }
        EXPECT_TRUE(found) << k->key.toStdString();
    }
    EXPECT_GE(kinds, 4); // at least seasonal dishes and the three checklists' lines
}

TEST_F(AttachmentsTest, AddedAndRemovedPhotosAreAuditedUnderTheRecord) {
    ASSERT_TRUE(store.replace(kKind, recordId, {photo("a.jpg"), photo("b.jpg")}, test::tester()));
    const QList<Attachment> l = stored();
    ASSERT_TRUE(store.replace(kKind, recordId, {keep(l[1])}, test::tester()));
    auto trail = AuditLog::forRecord(t.db(), kKind, recordId);
    ASSERT_TRUE(trail.ok());
    QStringList added, removed;
    for (const AuditLog::Entry& e : *trail) {
        if (e.after.contains(AttachmentStore::auditKey()))
            added << e.after.value(AttachmentStore::auditKey()).toString();
        if (e.before.contains(AttachmentStore::auditKey()))
            removed << e.before.value(AttachmentStore::auditKey()).toString();
    }
    added.sort();
    EXPECT_EQ(added, (QStringList{"a.jpg", "b.jpg"}));
    EXPECT_EQ(removed, QStringList{"a.jpg"});
}

TEST_F(AttachmentsTest, InsideAnOuterTransactionARollbackTakesThePhotosBack) {
    {
        Transaction tx(t.db());
        ASSERT_TRUE(tx.begin());
        ASSERT_TRUE(store.replace(kKind, recordId, {photo("a.jpg")}, test::tester()));
        EXPECT_EQ(*store.count(kKind, recordId), 1);
        tx.rollback();
    }
    EXPECT_EQ(*store.count(kKind, recordId), 0);
}
