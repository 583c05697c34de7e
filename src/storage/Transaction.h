#pragma once

#include "domain/Result.h"

namespace houqin {

class Database;

// A write transaction that rolls back unless committed. The outermost one starts with BEGIN IMMEDIATE,
// so it takes the write lock at once instead of failing later with SQLITE_BUSY when a read turns into a
// write (Qt's transaction() sends a deferred BEGIN). Nested ones are savepoints.
class Transaction {
public:
    explicit Transaction(Database& db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    Database& m_db;
    int m_level = 0; // 0 = not begun; 1 = outermost
    bool m_done = false;
};

} // namespace houqin
