// A record field and a line field with the same label, and the same key: a stocktake's note and its
// lines' notes. An export's header must say which column is which, and an import must read each back into
// its own field (they used to be refused as "the same column").
#include "ChineseInstalled.h"
#include "IoTestSupport.h"
#include "domain/assets/AssetKinds.h"
#include "io/Csv.h"
#include "storage/RecordRepository.h"

using namespace houqin;
using namespace houqin::io;
namespace s = houqin::assets::stocktake;

namespace {
const QDateTime kNow(QDate(2026, 10, 13), QTime(16, 0));
const QString kLineNote = QStringLiteral("Line · Note");

Record line(const QString& code, const QString& note) {
    Record l;
    l.set(s::kCode, code);
    l.set(s::kResult, s::kFound);
    l.set(s::kLineNote, note);
    return l;
}

Record stocktake() {
    Record r;
    r.set(s::kDate, QDate(2026, 10, 13));
    r.set(s::kCampus, QStringLiteral("滨豪园区"));
    r.set(s::kCounter, QStringLiteral("王老师"));
    r.set(s::kNote, QStringLiteral("大一班未开门"));
    r.lines = {line(QStringLiteral("BH-2026-0001"), QStringLiteral("桌角破损")),
               line(QStringLiteral("BH-2026-0002"), QString())};
    return r;
}

CsvTable parsed(const QByteArray& csv) {
    auto t = parseCsv(csv);
    EXPECT_TRUE(t.ok());
    return t.ok() ? *t : CsvTable{};
}

QList<qsizetype> positions(const QStringList& header, const QString& heading) {
    QList<qsizetype> out;
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header.at(i) == heading)
            out << i;
    return out;
}
} // namespace

class SharedHeadingsTest : public ::testing::Test {
protected:
    test::TempDb t{kNow};
    RecordRepository repo{t.db(), assets::stocktakesKind()};
    test::TempDb other{kNow};
    RecordRepository copy{other.db(), assets::stocktakesKind()};

    void SetUp() override { ASSERT_TRUE(repo.insert(stocktake(), test::tester()).ok()); }

    QByteArray exported(bool keys) {
        auto csv = exportCsv(repo, {keys, {}});
        EXPECT_TRUE(csv.ok());
        return csv.ok() ? *csv : QByteArray();
    }
    // Imports into the other database and gives its one record.
    Record importedCopy(const QByteArray& csv) {
        auto r = importCsv(copy, csv, test::tester(), test::insertOnly());
        EXPECT_TRUE(r.ok());
        if (!r.ok())
            return {};
        EXPECT_TRUE(r->ok()) << test::describe(*r);
        auto list = copy.list({});
        EXPECT_TRUE(list.ok());
        if (!list.ok() || list->size() != 1) {
            ADD_FAILURE() << "one record expected";
            return {};
        }
        return list->first();
    }
    void expectNotesKept(const Record& r) {
        EXPECT_EQ(r.value(s::kNote).toString(), QStringLiteral("大一班未开门"));
        ASSERT_EQ(r.lines.size(), 2);
        EXPECT_EQ(r.lines[0].value(s::kLineNote).toString(), QStringLiteral("桌角破损"));
        EXPECT_TRUE(r.lines[1].isEmpty(s::kLineNote));
    }
};

// The keys are a contract: both columns stay "note", the record's first (as every record column comes
// before the lines'), and they are read back in that order.
TEST_F(SharedHeadingsTest, AnExportWithKeysKeepsBothKeysAndIsReadInItsOrder) {
    const QByteArray csv = exported(true);
    const CsvTable table = parsed(csv);
    const QList<qsizetype> notes = positions(table.header, QStringLiteral("note"));
    ASSERT_EQ(notes.size(), 2);
    EXPECT_LT(notes[0], table.header.indexOf(s::kCode)) << "the record's note before the line columns";
    EXPECT_GT(notes[1], table.header.indexOf(s::kCode));
    expectNotesKept(importedCopy(csv));
}

// With labels, the line's column says it is the line's: "Line · Note" beside "Note".
TEST_F(SharedHeadingsTest, AnExportWithLabelsHeadsTheLineColumnAsTheLines) {
    const QByteArray csv = exported(false);
    const CsvTable table = parsed(csv);
    EXPECT_EQ(positions(table.header, QStringLiteral("Note")).size(), 1);
    EXPECT_EQ(positions(table.header, kLineNote).size(), 1);
    // Line columns whose label is their own keep it.
    EXPECT_TRUE(table.header.contains(QStringLiteral("Asset code")));
    EXPECT_TRUE(table.header.contains(QStringLiteral("Count result")));
    expectNotesKept(importedCopy(csv));
}

TEST_F(SharedHeadingsTest, InChineseTheLineColumnIsHeadedWithTheLinePrefix) {
    test::ChineseInstalled zh;
    ASSERT_TRUE(zh.loaded());
    const QString note = test::zhLabel("Note");
    ASSERT_FALSE(note.isEmpty());
    const QByteArray csv = exported(false);
    const CsvTable table = parsed(csv);
    EXPECT_EQ(positions(table.header, note).size(), 1);
    const QString lineNote = QCoreApplication::translate("RecordCsv", "Line · %1").arg(note);
    EXPECT_EQ(positions(table.header, lineNote).size(), 1) << table.header.join(u',').toStdString();
    expectNotesKept(importedCopy(csv));
}

// The prefixed heading names the line's field wherever the column stands, so moving it in a spreadsheet, or
// deleting the record's note, reads nothing into the wrong field.
TEST_F(SharedHeadingsTest, ThePrefixedColumnIsTheLinesWhereverItStands) {
    const QByteArray csv = "Line · Note,Asset code,Count result,Note,Counted on,Campus,Counted by\r\n"
                           "桌角破损,BH-2026-0001,found,大一班未开门,2026-10-13,滨豪园区,王老师\r\n"
                           ",BH-2026-0002,found,大一班未开门,2026-10-13,滨豪园区,王老师\r\n";
    expectNotesKept(importedCopy(csv));
}

TEST_F(SharedHeadingsTest, WithoutTheRecordsColumnTheLinesColumnStaysTheLines) {
    const QByteArray csv = "Counted on,Campus,Counted by,Asset code,Count result,Line · Note\r\n"
                           "2026-10-13,滨豪园区,王老师,BH-2026-0001,found,桌角破损\r\n"
                           "2026-10-13,滨豪园区,王老师,BH-2026-0002,found,\r\n";
    const Record r = importedCopy(csv);
    EXPECT_TRUE(r.isEmpty(s::kNote));
    ASSERT_EQ(r.lines.size(), 2);
    EXPECT_EQ(r.lines[0].value(s::kLineNote).toString(), QStringLiteral("桌角破损"));
}

// A file exported before the prefix (two "Note" columns, the record's first) still imports.
TEST_F(SharedHeadingsTest, AnEarlierExportWithTwoEqualHeadingsReadsThemInOrder) {
    const QByteArray csv = "Counted on,Campus,Counted by,Note,Asset code,Count result,Note\r\n"
                           "2026-10-13,滨豪园区,王老师,大一班未开门,BH-2026-0001,found,桌角破损\r\n"
                           "2026-10-13,滨豪园区,王老师,大一班未开门,BH-2026-0002,found,\r\n";
    expectNotesKept(importedCopy(csv));
}

// Once the record's and the line's fields are both filled, a third such heading is one too many.
TEST_F(SharedHeadingsTest, AThirdEqualHeadingIsTheSameColumnAgain) {
    const QByteArray csv = "Counted on,Campus,Counted by,note,Asset code,Count result,note,Note\r\n"
                           "2026-10-13,滨豪园区,王老师,a,BH-2026-0001,found,b,c\r\n";
    auto r = importCsv(copy, csv, test::tester(), test::insertOnly());
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->problems.size(), 1) << test::describe(*r);
    EXPECT_EQ(r->problems[0].row, 1);
    EXPECT_EQ(r->problems[0].column, QStringLiteral("Note"));
    EXPECT_TRUE(r->problems[0].reason.contains(QStringLiteral("The same column as \"note\"")))
        << r->problems[0].reason.toStdString();
    EXPECT_EQ(copy.count({}).value(), 0);
}

// A kind whose record has a field keyed like its lines' label: a facility check's area (key "area") and
// the checklist line's area (label "Area").
TEST(SharedHeadingsFacility, ALineLabelEqualToARecordKeyIsPrefixed) {
    test::TempDb t{kNow};
    RecordRepository repo(t.db(), assets::facilityChecksKind());
    auto csv = exportCsv(repo, {false, {}});
    ASSERT_TRUE(csv.ok());
    const CsvTable table = parsed(*csv);
    EXPECT_TRUE(table.header.contains(QStringLiteral("Line · Area")))
        << table.header.join(u',').toStdString();
    EXPECT_FALSE(table.header.contains(QStringLiteral("Area")));
    auto keys = exportCsv(repo, {true, {}});
    ASSERT_TRUE(keys.ok());
    EXPECT_EQ(positions(parsed(*keys).header, QStringLiteral("area")).size(), 2);
}
