#include "Transaction.h"

#include "Database.h"
#include "Query.h"
#include "logging/Log.h"

namespace houqin {

namespace {
QString savepoint(int level) {
    return QStringLiteral("houqin_sp%1").arg(level);
}
} // namespace

Transaction::~Transaction() {
    if (m_level > 0 && !m_done)
        rollback();
}

Status Transaction::begin() {
    int& depth = m_db.transactionDepth();
    const int level = depth + 1;
    const QString sql =
        level == 1 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint(level);
    if (Status s = Query::run(m_db, sql); !s)
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
