// What opening the main window asks of the database (issue #15): no list is read before the window is on
// screen. Every statement SQLite runs is recorded through sqlite3_trace_v2 on the window's own connection,
// with the rows it returned.
#include "GuiTestHelpers.h"
#include "domain/KindRegistry.h"
#include "gui/MainWindow.h"
#include "gui/RecordListPage.h"
#include "gui/RecordTableModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QTabWidget>
#include <sqlite3.h>

using namespace houqin;

namespace {

struct Statement {
    QString sql;
    int rows = 0;
};

// Records the statements run on db's connection while it lives.
class StatementLog {
public:
    explicit StatementLog(Database& db) : m_handle(db.handle()) {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT | SQLITE_TRACE_ROW, &StatementLog::trace, this);
    }
    ~StatementLog() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }
    QList<Statement> take() {
        m_open.clear();
        return std::exchange(m_statements, {});
    }

private:
    static int trace(unsigned type, void* self, void* p, void* x) {
        auto* log = static_cast<StatementLog*>(self);
        auto* stmt = static_cast<sqlite3_stmt*>(p);
        if (type == SQLITE_TRACE_STMT) {
            const char* text = static_cast<const char*>(x);
            if (text && QByteArray(text).startsWith("--"))
                return 0; // a trigger's body, part of the statement already recorded
            log->m_statements << Statement{QString::fromUtf8(sqlite3_sql(stmt))};
            log->m_open.insert(stmt, int(log->m_statements.size()) - 1);
        } else if (type == SQLITE_TRACE_ROW) {
            if (auto it = log->m_open.constFind(stmt); it != log->m_open.constEnd())
                ++log->m_statements[*it].rows;
        }
        return 0;
    }
    sqlite3* m_handle;
    QList<Statement> m_statements;
    QHash<sqlite3_stmt*, int> m_open; // statement → its latest entry in m_statements
};

// A query a list page or a count makes: it reads a record kind's table and returns several rows, or
// counts them. A lookup of one row (the current semester for the status bar) is not one.
bool isListQuery(const Statement& s) {
    for (const RecordKind* kind : allKinds()) {
        const QRegularExpression reads(QStringLiteral("\\b(FROM|JOIN)\\s+%1\\b").arg(kind->table),
                                       QRegularExpression::CaseInsensitiveOption);
        if (s.sql.contains(reads) &&
            (s.rows > 1 || s.sql.contains(QStringLiteral("COUNT("), Qt::CaseInsensitive)))
            return true;
    }
    return false;
}

QStringList listQueries(const QList<Statement>& statements) {
    QStringList out;
    for (const Statement& s : statements)
        if (isListQuery(s))
            out << QStringLiteral("%1 [%2 rows]").arg(s.sql).arg(s.rows);
    return out;
}

} // namespace

TEST(StartupQueriesTest, OpeningTheWindowReadsNoListUntilItIsOnScreen) {
    test::TempDb t;
    RecordRepository staff(t.db(), *findKind(QStringLiteral("staff")));
    for (const QString& name :
         {QStringLiteral("李师傅"), QStringLiteral("王老师"), QStringLiteral("张阿姨")}) {
        Record p = newRecord(staff.kind(), nullptr, t->ruleContext());
        p.set(QStringLiteral("name"), name);
        p.set(QStringLiteral("post"), QStringLiteral("canteen"));
        test::insertOrFail(staff, p);
    }
    RecordRepository samples(t.db(), *findKind(QStringLiteral("food-samples")));
    test::insertOrFail(samples, test::foodSample(QStringLiteral("青菜"), t->now().addDays(-4)));

    StatementLog log(t.db());
    gui::MainWindow w(t.db());
    w.show();
    const QList<Statement> startUp = log.take();
    EXPECT_TRUE(listQueries(startUp).isEmpty()) << listQueries(startUp).join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(w.findChildren<gui::RecordListPage*>().isEmpty()); // no tab's lists are even built

    // Just after, the overview's figures arrive: the log does see the counts of its attention items.
    QCoreApplication::processEvents();
    EXPECT_FALSE(listQueries(log.take()).isEmpty());

    // Opening a tab reads its first list, three rows.
    w.tabs()->setCurrentIndex(2);
    ASSERT_NE(w.currentListPage(), nullptr);
    EXPECT_EQ(w.currentListPage()->kind().key, QStringLiteral("staff"));
    EXPECT_EQ(w.currentListPage()->model()->rowCount(), 3);
    const QStringList opened = listQueries(log.take());
    EXPECT_TRUE(opened.join(QLatin1Char('\n')).contains(QStringLiteral("[3 rows]")))
        << opened.join(QLatin1Char('\n')).toStdString();
}
