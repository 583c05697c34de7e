// Every registered kind's export imports back: a year of demo data is exported kind by kind, as CSV and as
// XLSX, with keys and with labels, in Chinese and in English, and each file is imported into an empty
// database, whose records must then equal the exported ones field by field, lines included. Re-importing
// Houqin's own export used to fail for stocktakes and facility checks (a record field and a line field
// share a label, and their key) and for visitors in label mode (the ID number is exported masked).
#include "ChineseInstalled.h"
#include "CliHarness.h"
#include "TestSupport.h"
#include "cli/demo/DemoData.h"
#include "domain/KindRegistry.h"
#include "domain/ValueFormat.h"
#include "io/RecordFiles.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

using namespace houqin;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(16, 0));

struct Variant {
    bool keys = false;
    bool chinese = false;
    io::FileFormat format = io::FileFormat::Csv;
};

std::string variantName(const ::testing::TestParamInfo<Variant>& info) {
    const Variant& v = info.param;
    return std::string(v.keys ? "Keys" : "Labels") + (v.chinese ? "Zh" : "En") +
           (v.format == io::FileFormat::Xlsx ? "Xlsx" : "Csv");
}

ListQuery byId() {
    ListQuery q;
    q.sortField = QStringLiteral("id");
    q.sortDescending = false;
    return q;
}

std::string describe(const QList<io::ImportProblem>& problems) {
    std::string s;
    for (const io::ImportProblem& p : problems)
        s += p.toString().toStdString() + "\n";
    return s;
}

// The field's value as an export with keys writes it, so that 130 and 130.0 compare equal.
QString canonical(const FieldDef& f, const Record& r) {
    return valuefmt::canonical(f, r.value(f.key));
}

// Whether `got` holds the values of `want` in every stored field of `kind` (and of its lines); each
// difference is a failure. A field whose value a label export hides (a masked ID number) is expected empty
// in a record read from such a file.
bool expectSameRecord(const RecordKind& kind, const Record& want, const Record& got, bool labels) {
    bool same = true;
    for (const FieldDef& f : kind.fields) {
        const QString expected = f.hidesValue() && labels ? QString() : canonical(f, want);
        if (canonical(f, got) != expected) {
            ADD_FAILURE() << "field " << f.key.toStdString() << ": " << canonical(f, got).toStdString()
                          << " instead of " << expected.toStdString();
            same = false;
        }
    }
    if (!kind.lines)
        return same;
    if (got.lines.size() != want.lines.size()) {
        ADD_FAILURE() << got.lines.size() << " lines instead of " << want.lines.size();
        return false;
    }
    for (qsizetype i = 0; i < want.lines.size(); ++i)
        for (const FieldDef& f : kind.lines->fields)
            if (canonical(f, got.lines.at(i)) != canonical(f, want.lines.at(i))) {
                ADD_FAILURE() << "line " << i << ", field " << f.key.toStdString() << ": "
                              << canonical(f, got.lines.at(i)).toStdString() << " instead of "
                              << canonical(f, want.lines.at(i)).toStdString();
                same = false;
            }
    return same;
}

} // namespace

class RoundTrip : public ::testing::TestWithParam<Variant> {
protected:
    static void SetUpTestSuite() {
        s_source = new test::TempDb(kNow);
        const auto made = demo::generate(s_source->db(), {1, 11}, test::tester());
        ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    }
    static void TearDownTestSuite() {
        delete s_source;
        s_source = nullptr;
    }
    static test::TempDb* s_source;
};

test::TempDb* RoundTrip::s_source = nullptr;

TEST_P(RoundTrip, EveryKindImportsBackIntoAnEmptyDatabase) {
    ASSERT_NE(s_source, nullptr);
    const Variant v = GetParam();
    std::unique_ptr<test::ChineseInstalled> zh;
    if (v.chinese) {
        zh = std::make_unique<test::ChineseInstalled>();
        ASSERT_TRUE(zh->loaded());
    }
    // The empty database has the demo's settings (its campuses, semester start and thresholds), as a
    // kindergarten's second file would.
    test::TempDb target(kNow);
    ASSERT_TRUE(SettingsStore::save(target.db(), s_source->db().settings(), test::tester()).ok());
    QTemporaryDir files;
    ASSERT_TRUE(files.isValid());
    int kindsWithRecords = 0;
    QStringList failedKinds;
    // In registration order, which puts every kind after the kinds it refers to (a plan task's semester,
    // a delivery's supplier), as a clerk moving a whole kindergarten would import them.
    for (const RecordKind* kind : allKinds()) {
        SCOPED_TRACE(kind->key.toStdString());
        RecordRepository from(s_source->db(), *kind);
        RecordRepository to(target.db(), *kind);
        // What a migration seeds (the checklist templates) is removed, so the import starts empty.
        auto seeded = to.list(byId());
        ASSERT_TRUE(seeded.ok());
        for (const Record& r : *seeded)
            ASSERT_TRUE(to.remove(r.id, test::tester()).ok());

        const QString path =
            QDir(files.path())
                .filePath(kind->key + (v.format == io::FileFormat::Xlsx ? QStringLiteral(".xlsx")
                                                                        : QStringLiteral(".csv")));
        io::ExportOptions options;
        options.keys = v.keys;
        options.query = byId();
        const Status exported = io::exportFile(from, options, path);
        ASSERT_TRUE(exported.ok()) << exported.error().message.toStdString();

        // Another database's file: its record IDs cannot update anything here, so every row is added.
        io::ImportOptions insert;
        insert.ids = io::IdMode::InsertOnly;
        const auto imported = io::importFile(to, path, test::tester(), insert);
        ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
        EXPECT_TRUE(imported->ok()) << describe(imported->problems);
        if (!imported->ok()) {
            failedKinds << kind->key;
            continue;
        }
        EXPECT_TRUE(imported->written);

        auto want = from.list(byId());
        auto got = to.list(byId());
        ASSERT_TRUE(want.ok());
        ASSERT_TRUE(got.ok());
        EXPECT_EQ(got->size(), want->size());
        if (got->size() != want->size()) {
            failedKinds << kind->key;
            continue;
        }
        EXPECT_EQ(imported->imported, want->size());
        kindsWithRecords += want->isEmpty() ? 0 : 1;
        // A value the export hides is not read back, and the import says so.
        bool hides = false;
        for (const FieldDef& f : kind->fields)
            hides = hides || (f.hidesValue() && !v.keys);
        if (hides && !want->isEmpty())
            EXPECT_FALSE(imported->warnings.isEmpty()) << "a warning names the hidden column";
        for (qsizetype i = 0; i < want->size(); ++i) {
            SCOPED_TRACE("record " + std::to_string(i));
            if (!expectSameRecord(*kind, want->at(i), got->at(i), !v.keys)) {
                failedKinds << kind->key;
                break; // one record's differences say enough
            }
        }
    }
    EXPECT_TRUE(failedKinds.isEmpty()) << failedKinds.join(QStringLiteral(", ")).toStdString();
    EXPECT_GE(kindsWithRecords, allKinds().size() - 2) << "the demo data fills nearly every kind";
}

INSTANTIATE_TEST_SUITE_P(
    AllKinds, RoundTrip,
    ::testing::Values(Variant{true, false, io::FileFormat::Csv}, Variant{true, true, io::FileFormat::Csv},
                      Variant{false, false, io::FileFormat::Csv}, Variant{false, true, io::FileFormat::Csv},
                      Variant{true, false, io::FileFormat::Xlsx}, Variant{true, true, io::FileFormat::Xlsx},
                      Variant{false, false, io::FileFormat::Xlsx},
                      Variant{false, true, io::FileFormat::Xlsx}),
    variantName);

// From the command line: a list export of visitors (ID numbers masked) imports into another file, and the
// warning about the numbers not read is printed, the records added.
TEST(RoundTripCli, AMaskedColumnIsImportedWithAWarningOnStandardError) {
    test::TempDb from(kNow);
    Record v;
    v.set(QStringLiteral("time_in"), QDateTime(QDate(2026, 11, 24), QTime(9, 0)));
    v.set(QStringLiteral("name"), QStringLiteral("张三"));
    v.set(QStringLiteral("id_number"), QStringLiteral("11010519491231002X"));
    v.set(QStringLiteral("purpose"), QStringLiteral("送货"));
    ASSERT_TRUE(
        RecordRepository(from.db(), *findKind(QStringLiteral("visitors"))).insert(v, test::tester()).ok());
    const QString file = QDir(from.dir()).filePath(QStringLiteral("visitors.csv"));
    auto r = test::runCli({QStringLiteral("--db"), from.path(), QStringLiteral("export"),
                           QStringLiteral("visitors"), QStringLiteral("-o"), file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    test::TempDb to(kNow);
    r = test::runCli({QStringLiteral("--db"), to.path(), QStringLiteral("import"), QStringLiteral("visitors"),
                      file, QStringLiteral("--insert-only")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Imported 1 record"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Warning: The column \"ID number\" holds masked values")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("1101**********002X"))) << r.err.toStdString();
    auto list = RecordRepository(to.db(), *findKind(QStringLiteral("visitors"))).list({});
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_TRUE(list->first().isEmpty(QStringLiteral("id_number")));
}
