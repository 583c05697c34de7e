#include "Transaction.h"

#include "BusyTimeout.h"
#include "Database.h"
#include "Query.h"
#include "SqliteErrors.h"
#include "WriteWait.h"
#include "logging/Log.h"

#include <QElapsedTimer>
#include <sqlite3.h>

namespace houqin {

namespace {
QString savepoint(int level) {
    return QStringLiteral("houqin_sp%1").arg(level);
}

// BEGIN IMMEDIATE straight on the handle: a try that finds the lock taken is not an error to log, the
// caller decides.
Status tryBegin(Database& db) {
    const int rc = sqlite3_exec(db.handle(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        return {};
    return sqliteerrors::failure(db.handle(), rc, QStringLiteral("BEGIN IMMEDIATE"), "Transaction::begin");
}

// BEGIN IMMEDIATE in slices of WriteWait::kSliceMs while another connection writes, asking the connection's
// WriteWait between them. One asked already (a transaction begun from inside its event loop) is not asked
// again: that one fails as busy after a slice.
Status beginWaiting(Database& db, WriteWait& wait) {
    static thread_local bool asking = false;
    QElapsedTimer waited;
    waited.start();
    bool asked = false;
    Status s;
    for (;;) {
        // Each time: a transaction begun from inside keepWaiting has set the minute back.
        sqlite3_busy_timeout(db.handle(), WriteWait::kSliceMs);
        s = tryBegin(db);
        if (s || s.error().code != Error::Code::Busy || asking)
            break;
        asked = true;
        asking = true;
        const bool again = wait.keepWaiting(waited.elapsed());
        asking = false;
        if (!again)
            break;
    }
    sqlite3_busy_timeout(db.handle(), kBusyTimeoutMs);
    if (asked) {
        wait.finished();
        log::get("storage")->info("waited {} ms for another program's write: {}", waited.elapsed(),
                                  s ? "began" : "gave up");
    }
    if (!s && s.error().code != Error::Code::Busy)
        log::get("storage")->error("BEGIN IMMEDIATE: {}", log::s(s.error().detail));
    return s;
}
} // namespace

Transaction::~Transaction() {
    if (m_level > 0 && !m_done)
        rollback();
}

Status Transaction::begin() {
    int& depth = m_db.transactionDepth();
    const int level = depth + 1;
    WriteWait* wait = level == 1 ? m_db.writeWait() : nullptr;
    Status s = wait ? beginWaiting(m_db, *wait)
                    : Query::run(m_db, level == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                                  : QStringLiteral("SAVEPOINT ") + savepoint(level));
    if (!s)
        return s;
    if (level == 1)
        m_db.auditHeadCache().reset(); // another connection may have written since
    depth = level;
    m_level = level;
    return {};
}

Status Transaction::commit() {
    if (m_level == 0 || m_done)
        return Error::make(Error::Code::Usage, QStringLiteral("commit without begin"),
                           QStringLiteral("Transaction::commit"));
    const QString sql =
        m_level == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint(m_level);
    if (Status s = Query::run(m_db, sql); !s) {
        rollback();
        return s;
    }
    m_done = true;
    m_db.transactionDepth() = m_level - 1;
    if (m_level == 1)
        m_db.auditHeadCache().reset();
    return {};
}

void Transaction::rollback() {
    if (m_level == 0 || m_done)
        return;
    m_db.auditHeadCache().reset(); // the rows it was read from may be gone
    if (m_level == 1) {
        (void)Query::run(m_db, QStringLiteral("ROLLBACK"));
    } else {
        (void)Query::run(m_db, QStringLiteral("ROLLBACK TO ") + savepoint(m_level));
        (void)Query::run(m_db, QStringLiteral("RELEASE ") + savepoint(m_level));
    }
    m_done = true;
    m_db.transactionDepth() = m_level - 1;
}

} // namespace houqin
