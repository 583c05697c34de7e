// A list's export and import as an Excel workbook, through the page's real file dialog (issue 14).
#include "GuiTestHelpers.h"
#include "domain/canteen/FoodSamples.h"
#include "gui/RecordListPage.h"
#include "gui/RecordTableModel.h"
#include "io/XlsxReader.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

using namespace houqin;
using gui::RecordListPage;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));

QByteArray readAll(const QString& path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

// Answers the next file dialog: picks the name filter that mentions `filter`, types `name`, accepts.
void answerFileDialog(const QString& filter, const QString& name, QStringList* filters) {
    QTimer::singleShot(0, [=] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        *filters = dialog->nameFilters();
        for (const QString& f : dialog->nameFilters())
            if (f.contains(filter))
                dialog->selectNameFilter(f);
        dialog->selectFile(name);
        QMetaObject::invokeMethod(dialog, "accept", Qt::DirectConnection);
    });
}

void clickInNextModal(const QString& button) {
    QTimer::singleShot(0, [button] {
        QWidget* modal = QApplication::activeModalWidget();
        ASSERT_NE(modal, nullptr);
        auto* b = modal->findChild<QPushButton*>(button);
        ASSERT_NE(b, nullptr) << button.toStdString();
        b->click();
    });
}
} // namespace

class RecordListPageXlsxTest : public ::testing::Test {
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

TEST_F(RecordListPageXlsxTest, TheExportDialogOffersAWorkbookAndTheFilterGivesTheSuffix) {
    QTemporaryDir dir;
    RecordListPage page(t.db(), kind);
    page.searchEdit()->setText(QStringLiteral("番茄"));
    page.applyFilters();
    QStringList filters;
    answerFileDialog(QStringLiteral("xlsx"), dir.filePath(QStringLiteral("九月留样")), &filters);
    page.exportCsv();
    EXPECT_EQ(filters.size(), 2) << filters.join(QStringLiteral(";;")).toStdString();
    const QString path = dir.filePath(QStringLiteral("九月留样.xlsx"));
    ASSERT_TRUE(QFileInfo::exists(path)) << "the workbook filter adds .xlsx";
    auto table = io::parseXlsx(readAll(path));
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->rows.size(), 2) << "what the list shows";
    EXPECT_TRUE(table->header.contains(QStringLiteral("Dish")));

    // The CSV filter, a name without suffix: .csv.
    answerFileDialog(QStringLiteral("csv"), dir.filePath(QStringLiteral("plain")), &filters);
    page.exportCsv();
    EXPECT_TRUE(readAll(dir.filePath(QStringLiteral("plain.csv"))).startsWith("\xEF\xBB\xBF"));
}

TEST_F(RecordListPageXlsxTest, AWorkbookExportedFromTheListImportsBack) {
    QTemporaryDir dir;
    RecordListPage page(t.db(), kind);
    const QString path = dir.filePath(QStringLiteral("samples.xlsx"));
    ASSERT_TRUE(page.exportCsvTo(path));
    EXPECT_TRUE(io::looksLikeZip(readAll(path)));
    // The file has record IDs: the page asks; insert all as new gives three more.
    clickInNextModal(QStringLiteral("insertAllButton"));
    EXPECT_TRUE(page.importFrom(path));
    EXPECT_EQ(page.model()->totalCount(), 6);
}
