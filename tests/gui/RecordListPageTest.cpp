#include "gui/RecordListPage.h"

#include "GuiTestHelpers.h"
#include "domain/canteen/FoodSamples.h"
#include "gui/DetailsPane.h"
#include "gui/Preferences.h"
#include "gui/RecordTableModel.h"
#include "storage/Query.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <functional>
#include <memory>

using namespace houqin;
using gui::RecordListPage;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));
}

class RecordListPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        test::insertOrFail(repo, test::foodSample(QStringLiteral("番茄炒蛋"), kNow.addSecs(-3600)));
        test::insertOrFail(repo, test::foodSample(QStringLiteral("清炒青菜"), kNow.addSecs(-2 * 3600)));
        test::insertOrFail(repo, test::foodSample(QStringLiteral("番茄蛋汤"), kNow.addDays(-4)));
    }
    test::TempDb t{kNow};
    const RecordKind& kind = canteen::foodSamplesKind();
    RecordRepository repo{t.db(), kind};
};

TEST_F(RecordListPageTest, SearchBoxFiltersAsYouTypeAfterAShortPause) {
    RecordListPage page(t.db(), kind);
    EXPECT_EQ(page.model()->rowCount(), 3);
    EXPECT_TRUE(page.countLabel()->text().contains(QStringLiteral("3")));

    test::commitText(page.searchEdit(), QStringLiteral("番茄"));
    // Debounced: nothing happens on the keystroke itself...
    EXPECT_EQ(page.model()->rowCount(), 3);
    // ...and the list follows once typing pauses.
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 2, 2000);
    EXPECT_EQ(page.model()->totalCount(), 2);
    EXPECT_TRUE(page.countLabel()->text().contains(QStringLiteral("2")));
    for (int r = 0; r < page.model()->rowCount(); ++r)
        EXPECT_TRUE(page.model()
                        ->record(r)
                        .value(QStringLiteral("dish"))
                        .toString()
                        .contains(QStringLiteral("番茄")));

    page.searchEdit()->clear();
    page.applyFilters();
    EXPECT_EQ(page.model()->rowCount(), 3);
}

TEST_F(RecordListPageTest, DateRangeAndStatusFiltersNarrowTheQuery) {
    RecordListPage page(t.db(), kind);
    auto* all = page.findChild<QCheckBox*>(QStringLiteral("allDatesCheckBox"));
    auto* from = page.findChild<QDateEdit*>(QStringLiteral("fromDateEdit"));
    auto* to = page.findChild<QDateEdit*>(QStringLiteral("toDateEdit"));
    ASSERT_TRUE(all && from && to);
    from->setDate(kNow.date());
    to->setDate(kNow.date());
    EXPECT_EQ(page.model()->rowCount(), 3); // "all dates" still ticked
    all->setChecked(false);
    EXPECT_EQ(page.currentQuery().from, kNow.date());
    EXPECT_EQ(page.model()->rowCount(), 2);
    all->setChecked(true);
    EXPECT_EQ(page.model()->rowCount(), 3);

    auto* status = page.findChild<QComboBox*>(QStringLiteral("statusFilterComboBox"));
    ASSERT_NE(status, nullptr);
    status->setCurrentIndex(status->findData(QStringLiteral("overdue")));
    ASSERT_EQ(page.model()->rowCount(), 1);
    EXPECT_EQ(page.model()->record(0).value(QStringLiteral("dish")).toString(), QStringLiteral("番茄蛋汤"));
}

TEST_F(RecordListPageTest, DetailsPaneShowsTheSelectedRecordAndItsHistory) {
    RecordListPage page(t.db(), kind);
    EXPECT_FALSE(page.currentRecord().has_value());
    page.tableView()->selectRow(0);
    ASSERT_TRUE(page.currentRecord().has_value());
    const QString dish = page.currentRecord()->value(QStringLiteral("dish")).toString();
    EXPECT_TRUE(page.detailsPane()->fieldsText().contains(dish));
    EXPECT_TRUE(page.detailsPane()->fieldsText().contains(QStringLiteral("130.0 g")));
    EXPECT_TRUE(page.detailsPane()->historyText().contains(QStringLiteral("tester")));
    EXPECT_TRUE(page.detailsPane()->historyText().contains(QStringLiteral("entered")));
}

TEST_F(RecordListPageTest, TheKindsExtensionAddsItsToolbarAction) {
    RecordListPage page(t.db(), kind);
    QStringList names;
    for (QAction* a : page.toolBar()->actions())
        names << a->objectName();
    EXPECT_TRUE(names.contains(QStringLiteral("newAction")));
    EXPECT_TRUE(names.contains(QStringLiteral("disposeDueAction")));
}

namespace {
// Closes the next modal dialog once it is up and hands it to inspect first.
void whenModalAppears(std::function<void(QWidget*)> inspect) {
    QTimer::singleShot(0, [inspect] {
        QWidget* modal = QApplication::activeModalWidget();
        inspect(modal);
        if (modal)
            modal->close();
    });
}
} // namespace

TEST_F(RecordListPageTest, ImportWithABadRowListsEveryProblemAndWritesNothing) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("samples.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by\n"
            "2026-09-07,午餐,米饭,130,2026-09-07 09:00,4,王老师\n"
            "2026-09-07,午餐,青菜,124.9,2026-09-07 09:00,4,王老师\n"
            "2026-09-07,宵夜,汤,150,2026-09-07 09:00,4,王老师\n");
    f.close();
    RecordListPage page(t.db(), kind);
    int problemRows = -1;
    QString title;
    whenModalAppears([&](QWidget* w) {
        ASSERT_NE(w, nullptr);
        title = w->windowTitle();
        if (auto* table = w->findChild<QTableWidget*>(QStringLiteral("problemsTableWidget")))
            problemRows = table->rowCount();
    });
    EXPECT_FALSE(page.importFrom(path));
    EXPECT_EQ(title, QStringLiteral("Nothing was imported"));
    EXPECT_EQ(problemRows, 2); // the weight of row 3 and the meal of row 4
    EXPECT_EQ(page.model()->totalCount(), 3);

    // The same file without its bad rows goes in.
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by\n"
            "2026-09-07,午餐,米饭,130,2026-09-07 09:00,4,王老师\n");
    f.close();
    EXPECT_TRUE(page.importFrom(path));
    EXPECT_EQ(page.model()->totalCount(), 4);
}

TEST_F(RecordListPageTest, ExportsWhatTheListShows) {
    QTemporaryDir dir;
    RecordListPage page(t.db(), kind);
    page.searchEdit()->setText(QStringLiteral("番茄"));
    page.applyFilters();
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    ASSERT_TRUE(page.exportCsvTo(csv));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("番茄炒蛋")));
    EXPECT_FALSE(text.contains(QStringLiteral("清炒青菜")));

    const QString pdf = dir.filePath(QStringLiteral("list.pdf"));
    ASSERT_TRUE(page.exportPdfTo(pdf));
    EXPECT_GT(QFileInfo(pdf).size(), 1000);
}

namespace {
// Clicks the named button of the next modal dialog (the import's plan) and remembers its text.
void clickInNextModal(const QString& button, QString* text) {
    QTimer::singleShot(0, [button, text] {
        QWidget* modal = QApplication::activeModalWidget();
        ASSERT_NE(modal, nullptr);
        EXPECT_EQ(modal->objectName(), QStringLiteral("importPlanMessageBox"));
        if (auto* box = qobject_cast<QMessageBox*>(modal))
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        auto* b = modal->findChild<QPushButton*>(button);
        ASSERT_NE(b, nullptr) << button.toStdString();
        b->click();
    });
}
} // namespace

TEST_F(RecordListPageTest, ReimportOfAnEditedExportAsksThenUpdatesInsteadOfDuplicating) {
    QTemporaryDir dir;
    RecordListPage page(t.db(), kind);
    const QString path = dir.filePath(QStringLiteral("samples.csv"));
    ASSERT_TRUE(page.exportCsvTo(path));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    ASSERT_EQ(text.count(QStringLiteral(",清炒青菜,130.0,")), 1) << text.toStdString();
    text.replace(QStringLiteral(",清炒青菜,130.0,"), QStringLiteral(",清炒青菜,142.0,"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    f.close();
    const qint64 audit = [&] {
        Query q(t.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
        return q.exec().ok() && q.next() ? q.value(0).toLongLong() : -1;
    }();

    // Cancel: nothing written.
    QString plan;
    clickInNextModal(QStringLiteral("cancelButton"), &plan);
    EXPECT_FALSE(page.importFrom(path));
    EXPECT_TRUE(plan.contains(QStringLiteral("Update: 1 records are changed, 2 are unchanged")))
        << plan.toStdString();
    EXPECT_TRUE(plan.contains(QStringLiteral("all 3 rows"))) << plan.toStdString();
    EXPECT_EQ(page.model()->totalCount(), 3);

    // Update: the same three records, one of them changed, one audit entry.
    QString message;
    QObject::connect(&page, &RecordListPage::statusMessage, [&](const QString& m) { message = m; });
    clickInNextModal(QStringLiteral("updateButton"), &plan);
    EXPECT_TRUE(page.importFrom(path));
    EXPECT_EQ(page.model()->totalCount(), 3);
    EXPECT_TRUE(message.contains(QStringLiteral("0 new, 1 updated, 2 unchanged"))) << message.toStdString();
    {
        // Finished before the next import: an open read would keep this connection on its snapshot, and
        // imports write on a connection of their own (BackgroundTask).
        Query q(t.db(), QStringLiteral("SELECT weight_g, (SELECT count(*) FROM audit_log) FROM food_samples "
                                       "WHERE dish = '清炒青菜'"));
        ASSERT_TRUE(q.exec().ok() && q.next());
        EXPECT_DOUBLE_EQ(q.value(0).toDouble(), 142.0);
        EXPECT_EQ(q.value(1).toLongLong(), audit + 1);
    }

    // Insert all as new: three more.
    clickInNextModal(QStringLiteral("insertAllButton"), &plan);
    EXPECT_TRUE(page.importFrom(path));
    EXPECT_EQ(page.model()->totalCount(), 6);
}

// The food-sample list of an empty database, shown as the window shows it.
static std::unique_ptr<gui::RecordListPage> shownSamplesPage(test::TempDb& t) {
    auto page = std::make_unique<gui::RecordListPage>(t.db(), canteen::foodSamplesKind());
    page->resize(1300, 700);
    page->show();
    page->reload();
    return page;
}

// On an empty database the columns are sized from the declaration, in Chinese: every header fits, and the
// date-time column holds a full date and time (it was cut at equal widths).
TEST(RecordListPageColumns, AnEmptyListSizesItsColumnsFromTheDeclaration) {
    QTranslator zh;
    ASSERT_TRUE(zh.load(QStringLiteral(":/i18n/houqin_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    {
        test::TempDb t;
        const auto page = shownSamplesPage(t);
        QTableView* table = page->tableView();
        const auto* model = table->model();
        ASSERT_EQ(model->rowCount(), 0);
        const QFontMetrics header(table->horizontalHeader()->font());
        const QFontMetrics body(table->font());
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString title = model->headerData(c, Qt::Horizontal).toString();
            EXPECT_GE(table->columnWidth(c), header.horizontalAdvance(title) + 16) << title.toStdString();
        }
        const int storedAt =
            qobject_cast<const gui::RecordTableModel*>(model)->columnOf(QStringLiteral("stored_at"));
        ASSERT_GE(storedAt, 0);
        EXPECT_GE(table->columnWidth(storedAt), body.horizontalAdvance(QStringLiteral("2026-09-30 11:30")));
        const int timeLeft =
            qobject_cast<const gui::RecordTableModel*>(model)->columnOf(QStringLiteral("time_left"));
        if (timeLeft >= 0)
            EXPECT_GE(table->columnWidth(timeLeft),
                      body.horizontalAdvance(QStringLiteral("还剩 47 小时 00 分")));
    }
    QCoreApplication::removeTranslator(&zh);
}

// In English the samples' time left is worded longer than in Chinese ("due 99 h 59 min ago"): its column
// holds it, where eight ideographs' width cut it off.
TEST(RecordListPageColumns, TheTimeLeftColumnHoldsItsEnglishWording) {
    test::TempDb t;
    const auto page = shownSamplesPage(t);
    QTableView* table = page->tableView();
    const int timeLeft =
        qobject_cast<const gui::RecordTableModel*>(table->model())->columnOf(QStringLiteral("time_left"));
    ASSERT_GE(timeLeft, 0);
    const QFontMetrics body(table->font());
    EXPECT_GE(table->columnWidth(timeLeft), body.horizontalAdvance(QStringLiteral("due 99 h 59 min ago")));
}

// The campus filter starts on the campus this computer works for and follows the status bar's; a record
// kept without a campus shows under every campus (choosing one never hides it) and says 未指定.
TEST(RecordListPageColumns, TheCampusFilterFollowsTheStatusBarCampus) {
    test::TempDb t;
    RecordRepository repo(t.db(), canteen::foodSamplesKind());
    Record a = test::foodSample(QStringLiteral("滨豪青菜"), QDateTime(QDate(2026, 9, 7), QTime(9, 0)));
    a.set(QStringLiteral("campus"), QStringLiteral("滨豪园区"));
    Record b = test::foodSample(QStringLiteral("新港青菜"), QDateTime(QDate(2026, 9, 7), QTime(9, 0)));
    b.set(QStringLiteral("campus"), QStringLiteral("新港园区"));
    test::insertOrFail(repo, a);
    test::insertOrFail(repo, b);
    ASSERT_TRUE(
        Query::run(t.db(), QStringLiteral("INSERT INTO food_samples(created_at, created_by, updated_at, "
                                          "updated_by, date, meal, dish, weight_g, stored_at, "
                                          "fridge_temp_c, sampled_by) SELECT created_at, created_by, "
                                          "updated_at, updated_by, date, meal, '旧记录', weight_g, "
                                          "stored_at, fridge_temp_c, sampled_by FROM food_samples "
                                          "LIMIT 1"))
            .ok());
    gui::prefs::setCurrentCampus(QStringLiteral("新港园区"));
    gui::RecordListPage page(t.db(), canteen::foodSamplesKind());
    page.show();
    page.reload();
    auto* filter = page.findChild<QComboBox*>(QStringLiteral("campusFilterComboBox"));
    ASSERT_NE(filter, nullptr);
    EXPECT_EQ(filter->currentData().toString(), QStringLiteral("新港园区"));
    EXPECT_EQ(page.tableView()->model()->rowCount(), 2); // 新港 and the record naming no campus
    page.followCampus(QStringLiteral("滨豪园区"));
    EXPECT_EQ(filter->currentData().toString(), QStringLiteral("滨豪园区"));
    EXPECT_EQ(page.tableView()->model()->rowCount(), 2);
    filter->setCurrentIndex(0); // all campuses
    ASSERT_EQ(page.tableView()->model()->rowCount(), 3);
    const auto* model = qobject_cast<const gui::RecordTableModel*>(page.tableView()->model());
    const int campus = model->columnOf(QStringLiteral("campus"));
    ASSERT_GE(campus, 0);
    QStringList shown;
    for (int r = 0; r < model->rowCount(); ++r)
        shown << model->index(r, campus).data().toString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Unspecified"))) << shown.join(QLatin1Char(',')).toStdString();
    gui::prefs::setCurrentCampus(QString());
}
